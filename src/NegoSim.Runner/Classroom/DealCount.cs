namespace NegoSim.Runner.Classroom;

/// <summary>How many tables ended with one deal (or with none), and how.</summary>
internal sealed record DealCount(string Deal, string Status, int Tables);
