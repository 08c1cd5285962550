using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;

namespace NegoSim.Runner.Sweeps;

/// <summary>Plays a sweep's runs, without transcripts: a batch of runs of one grid point at a time.</summary>
public interface ISweepEngine : IAsyncDisposable
{
    /// <summary>True if batches play in other processes (the silos of a cluster), leaving this one's cores to the rows.</summary>
    bool PlaysElsewhere { get; }

    /// <summary>Plays <paramref name="point"/> once per seed; <paramref name="lane"/> is the worker asking (each worker's batches come one after another).</summary>
    Task<BatchResult> PlayAsync(ScenarioFile point, ImmutableArray<ulong> seeds, int lane);
}
