namespace NegoSim.Runner.Sweeps;

/// <summary>
/// One finished run, ready to write: its index, grid point, its line of output (formatted by the worker that ran it),
/// and what the summary counts — status (null for an error) and the deal's value index per term (null if unsigned).
/// </summary>
public sealed record SweepRow(long Run, long Point, string Line, string? Status, int[]? Deal);
