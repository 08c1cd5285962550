namespace NegoSim.Sweeps;

/// <summary>
/// How a sweep ended: <see cref="Rows"/> of <see cref="Runs"/> are in the output (those read back on a resume
/// included); <see cref="Interrupted"/> when it stopped early, with <see cref="Stopped"/> saying why when its engine
/// could play no more (null when cancelled); <see cref="ErrorRows"/> runs whose values together make no scenario.
/// </summary>
public sealed record SweepResult(long Runs, long Rows, bool Interrupted, string? Stopped, long ErrorRows);
