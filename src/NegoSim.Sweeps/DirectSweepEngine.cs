using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>Drives the model directly, without Orleans: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    public bool PlaysElsewhere => false;

    public Task Ready => Task.CompletedTask;

    /// <summary>
    /// Four points a call: a call here costs only its bookkeeping, and the points played are let go soon. Holding a
    /// lane's chunk of 32 new points of a sampled sweep until all were played, a gen-0 collection found about 13 MB of
    /// tables alive and copied them (two workers on 4,000 new points: 75-90 ms of pauses, three collections in four
    /// reaching gen 1); one point a call cost the flagship's grid about 3 % more CPU in bookkeeping.
    /// </summary>
    public int PointsPerCall => 4;

    /// <remarks>
    /// With the sweep's <paramref name="format"/>, the rows are made in it: made again for each call (the columns'
    /// names, checked for twins), it took about 9 KB a call, a quarter of what a grid point allocates.
    /// </remarks>
    public Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false, SweepFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var request = SweepBatch.Request(scenario, points, throughParties: false, rows, traced);
        return Batch.PlayAsync(request, (i, _) => points[i].Point, (_, tables) => new LocalParties(tables), format);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
