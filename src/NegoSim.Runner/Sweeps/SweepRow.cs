namespace NegoSim.Runner.Sweeps;

/// <summary>
/// One finished run, ready to write: its index, grid point, its line of output (made where it was played, or by the worker for a run that could not be),
/// and what the summary counts — status (null for an error) and the deal's value index per term (null if unsigned).
/// </summary>
public sealed record SweepRow(long Run, long Point, ReadOnlyMemory<char> Line, string? Status, int[]? Deal);
