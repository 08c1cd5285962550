using System.Collections.Immutable;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;

namespace NegoSim.Sweeps;

/// <summary>The request every engine plays a sweep's batch by: the sweep's files once, and each point's values, seeds and first run.</summary>
public static class SweepBatch
{
    public static BatchRequest Request(
        ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, bool throughParties, RowRequest? rows, bool traced = false) =>
        new(scenario, [.. points.Select(p => new BatchPoint(p.Point.Source.Varies, p.Seeds, p.FirstRun))], throughParties, rows, traced);
}
