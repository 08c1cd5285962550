using System.Collections.Immutable;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Runner.Sweeps;

/// <summary>Drives the model directly, without Orleans: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    public bool PlaysElsewhere => false;

    public Task<BatchResult> PlayAsync(ScenarioFile point, ImmutableArray<ulong> seeds, int lane)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Batch.PlayAsync(point.Tables, seeds, new LocalParties(point.Tables));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
