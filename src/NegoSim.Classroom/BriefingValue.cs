namespace NegoSim.Classroom;

/// <summary>One value of a term (its label) and what it is worth to the seat on that term alone (0 to 1).</summary>
public sealed record BriefingValue(string Label, double Worth);
