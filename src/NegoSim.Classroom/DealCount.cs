namespace NegoSim.Classroom;

/// <summary>How many tables ended with one deal (or with none), and how.</summary>
public sealed record DealCount(string Deal, string Status, int Tables);
