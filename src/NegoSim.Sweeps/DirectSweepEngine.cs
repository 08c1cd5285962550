using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>Drives the model directly, without Orleans: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    // The rows' format, made for the first call: a sweep's points have the same columns, and making it (the columns'
    // names, checked for twins) took about 9 KB a call, a quarter of what a grid point allocates.
    private SweepFormat? _format;

    public bool PlaysElsewhere => false;

    public Task Ready => Task.CompletedTask;

    /// <summary>
    /// Four points a call: a call here costs only its bookkeeping, and the points played are let go soon. Holding a
    /// lane's chunk of 32 new points of a sampled sweep until all were played, a gen-0 collection found about 13 MB of
    /// tables alive and copied them (two workers on 4,000 new points: 75-90 ms of pauses, three collections in four
    /// reaching gen 1); one point a call cost the flagship's grid about 3 % more CPU in bookkeeping.
    /// </summary>
    public int PointsPerCall => 4;

    public Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        var request = SweepBatch.Request(scenario, points, throughParties: false, rows, traced);
        var format = rows is null || points.Count == 0 ? null : FormatFor(rows, points[0].Point.Scenario);
        return Batch.PlayAsync(request, (i, _) => points[i].Point, (_, tables) => new LocalParties(tables), format);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The format of <paramref name="rows"/> for <paramref name="scenario"/>'s columns: the one made before if they are the same.</summary>
    private SweepFormat FormatFor(RowRequest rows, Scenario scenario)
    {
        var format = Volatile.Read(ref _format);
        if (format is null || format.Name != rows.Format || format.Columns.RSafe != rows.RSafe
            || !ReferenceEquals(format.Columns.Space, scenario.Space) || !format.Columns.Axes.SequenceEqual(rows.Axes))
        {
            format = SweepFormat.Create(rows.Format, SweepColumns.For(rows.Axes, scenario, rows.RSafe));
            Volatile.Write(ref _format, format);
        }

        return format;
    }
}
