namespace NegoSim.Classroom;

/// <summary>A seat of a table and who plays it: a student's name, or null for the scenario's strategy.</summary>
public sealed record SeatHolderView(string Seat, string? Student);
