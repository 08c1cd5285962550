using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Rows;

/// <summary>
/// One finished run, ready to write: its index, grid point, its line of output as the file's UTF-8 bytes (made where
/// it was played, or by the worker for a run that could not be), and what the summary counts — status (null for an
/// error), the deal as its outcome's index (−1 if unsigned), the round of signature (0 if none) and each negotiator's
/// utility (null for an error).
/// </summary>
public sealed record SweepRow(long Run, long Point, ReadOnlyMemory<byte> Line, OutcomeStatus? Status, int Deal = -1, int Round = 0, double[]? Utilities = null);
