namespace NegoSim.Classroom;

/// <summary>A term as a seat's briefing shows it: its meaning and unit, how much it weighs for the seat, and what each of its values is worth to the seat (0 to 1).</summary>
public sealed record BriefingTerm(string Name, string Description, string? Unit, double Weight, IReadOnlyList<BriefingValue> Values);
