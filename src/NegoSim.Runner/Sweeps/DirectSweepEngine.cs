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

    public Task Ready => Task.CompletedTask;

    public async Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(ScenarioFile Point, ImmutableArray<ulong> Seeds)> points, int lane)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 1)
        {
            return await Batch.PlayAsync(points[0].Point.Tables, points[0].Seeds, new LocalParties(points[0].Point.Tables));
        }

        var results = ImmutableArray.CreateBuilder<RunSummary?>();
        var errors = ImmutableArray.CreateBuilder<string?>();
        foreach (var (point, seeds) in points)
        {
            var played = await Batch.PlayAsync(point.Tables, seeds, new LocalParties(point.Tables));
            results.AddRange(played.Results);
            errors.AddRange(played.Errors);
        }

        return new BatchResult(results.ToImmutable(), errors.ToImmutable());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
