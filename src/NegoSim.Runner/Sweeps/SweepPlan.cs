using NegoSim.Model;
using NegoSim.Model.Scenarios;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// A sweep as given on the command line: the scenario's source (its files' text and the fixed <c>--set</c>s), the
/// grid, the master seed and the shard. Run r has seed <see cref="RunRandom.DeriveSeed"/>(master, r) whatever the shard or the number of workers.
/// </summary>
public sealed record SweepPlan(ScenarioSource Source, SweepGrid Grid, ulong MasterSeed, Shard Shard)
{
    /// <summary>The scenario parsed once, for every point (made on first use: the sweep's source may not parse).</summary>
    private readonly Lazy<ScenarioTemplate> _template = new(() => new ScenarioTemplate(Source));

    /// <summary>How many grid points this shard runs.</summary>
    public long ShardPoints => Grid.Points <= Shard.Index - 1 ? 0 : ((Grid.Points - Shard.Index) / Shard.Count) + 1;

    /// <summary>How many runs this shard runs.</summary>
    public long Runs => ShardPoints * Grid.RunsPerPoint;

    /// <summary>The global run index of this shard's <paramref name="position"/>-th run.</summary>
    public long RunAt(long position)
    {
        var point = (Shard.Index - 1) + (position / Grid.RunsPerPoint * Shard.Count);
        return (point * Grid.RunsPerPoint) + (position % Grid.RunsPerPoint);
    }

    public long PointOf(long run) => run / Grid.RunsPerPoint;

    public ulong SeedOf(long run) => RunRandom.DeriveSeed(MasterSeed, run);

    /// <summary>The source of one grid point: the sweep's, with the point's <c>--vary</c> values.</summary>
    public ScenarioSource SourceAt(long point)
    {
        var values = Grid.ValuesAt(point);
        return Source.WithVaries([.. Grid.Axes.Select((a, i) => $"{a.Name}={values[i]}")]);
    }

    /// <summary>Compiles the scenario at one grid point, sharing with the other points what its values leave unchanged.</summary>
    /// <exception cref="ScenarioException">The point's values do not make a valid scenario.</exception>
    public ScenarioFile ScenarioAt(long point) => _template.Value.At(SourceAt(point).Varies);
}
