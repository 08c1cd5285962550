namespace NegoSim.Sweeps;

/// <summary>
/// The runs a shard of a sweep writes, in the order it writes them, and their seeds: run r of grid point p is
/// p·runs + r; shard I/N owns points I−1, I−1+N, …; a run's seed comes from its point's values and its repetition
/// (<see cref="PointSeeds"/>).
/// </summary>
public sealed record RunOrder(long Points, int RunsPerPoint, Shard Shard, PointSeeds Seeds)
{
    /// <summary>How many grid points the shard runs.</summary>
    public long ShardPoints => Points <= Shard.Index - 1 ? 0 : ((Points - Shard.Index) / Shard.Count) + 1;

    /// <summary>How many runs the shard runs.</summary>
    public long Runs => ShardPoints * RunsPerPoint;

    public ulong MasterSeed => Seeds.Master;

    /// <summary>The global run index of the shard's <paramref name="position"/>-th run.</summary>
    public long RunAt(long position)
    {
        var point = (Shard.Index - 1) + (position / RunsPerPoint * Shard.Count);
        return (point * RunsPerPoint) + (position % RunsPerPoint);
    }

    /// <summary>The seed of run <paramref name="run"/>, whose point has the axis values <paramref name="values"/>.</summary>
    public ulong SeedOf(long run, IReadOnlyList<string> values) => Seeds.Of(values, run % RunsPerPoint);

    /// <summary>The seed of run <paramref name="run"/>, whose point's key is <paramref name="key"/> (<see cref="PointSeeds.KeyOf"/>).</summary>
    public ulong SeedOf(long run, long key) => Seeds.Of(key, run % RunsPerPoint);

    /// <summary>The order of the sweep a manifest describes.</summary>
    public static RunOrder Of(SweepManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var points = manifest.Sample ?? manifest.Grid.Aggregate(1L, (n, a) => n * a.Values.Count);
        var seeds = new PointSeeds(manifest.MasterSeed, [.. manifest.Sets], [.. manifest.Grid.Select(a => a.Name)]);
        return new RunOrder(points, manifest.RunsPerPoint, manifest.Shard is { } s ? Shard.Parse(s) : Shard.Whole, seeds);
    }
}
