namespace NegoSim.Sweeps;

/// <summary>
/// An engine can play no more (every silo of its cluster is gone): the sweep stops with every row before the first
/// missing one written, to be finished with <c>--resume</c>. Unlike a run's own failure, it makes no error row.
/// </summary>
public sealed class SweepStoppedException(string message, Exception? inner = null) : Exception(message, inner);
