using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// The runs a shard of a sweep writes, in the order it writes them, and their seeds: run r of grid point p is
/// p·runs + r; shard I/N owns points I−1, I−1+N, …; run r has seed <see cref="RunRandom.DeriveSeed"/>(master, r).
/// </summary>
public sealed record RunOrder(long Points, int RunsPerPoint, Shard Shard, ulong MasterSeed)
{
    /// <summary>How many grid points the shard runs.</summary>
    public long ShardPoints => Points <= Shard.Index - 1 ? 0 : ((Points - Shard.Index) / Shard.Count) + 1;

    /// <summary>How many runs the shard runs.</summary>
    public long Runs => ShardPoints * RunsPerPoint;

    /// <summary>The global run index of the shard's <paramref name="position"/>-th run.</summary>
    public long RunAt(long position)
    {
        var point = (Shard.Index - 1) + (position / RunsPerPoint * Shard.Count);
        return (point * RunsPerPoint) + (position % RunsPerPoint);
    }

    public ulong SeedOf(long run) => RunRandom.DeriveSeed(MasterSeed, run);

    /// <summary>The order of the sweep a manifest describes.</summary>
    public static RunOrder Of(SweepManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var points = manifest.Sample ?? manifest.Grid.Aggregate(1L, (n, a) => n * a.Values.Count);
        return new RunOrder(points, manifest.RunsPerPoint, manifest.Shard is { } s ? Shard.Parse(s) : Shard.Whole, manifest.MasterSeed);
    }
}
