using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;

namespace NegoSim.Sweeps;

/// <summary>Drives the model directly, without Orleans: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    public bool PlaysElsewhere => false;

    public Task Ready => Task.CompletedTask;

    public Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        var request = SweepBatch.Request(scenario, points, throughParties: false, rows, traced);
        return Batch.PlayAsync(request, (i, _) => points[i].Point, (_, tables) => new LocalParties(tables));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
