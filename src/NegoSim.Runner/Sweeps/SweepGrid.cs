using System.Collections.Immutable;
using NegoSim.Runner.Commands;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// The full factorial of the axes, each point repeated <see cref="RunsPerPoint"/> times. Points are numbered with the
/// last axis varying fastest; run r is repeat r mod runs of point r div runs.
/// </summary>
public sealed record SweepGrid(ImmutableArray<VaryAxis> Axes, int RunsPerPoint)
{
    public const long MaxRuns = 1_000_000_000;

    public long Points => Axes.Aggregate(1L, (n, a) => n * a.Values.Length);

    public long Runs => Points * RunsPerPoint;

    public static SweepGrid Create(IReadOnlyList<VaryAxis> axes, int runsPerPoint)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (runsPerPoint < 1)
        {
            throw new UsageException($"--runs {runsPerPoint}: must be at least 1.");
        }

        foreach (var duplicate in axes.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            throw new UsageException($"--vary {duplicate.Key} is given twice; give all its values in one --vary.");
        }

        var grid = new SweepGrid([.. axes], runsPerPoint);
        if (grid.Axes.Aggregate(1.0, (n, a) => n * a.Values.Length) * runsPerPoint > MaxRuns)
        {
            throw new UsageException($"the sweep would have more than {MaxRuns:N0} runs; use fewer values or runs, or split it with --shard.");
        }

        return grid;
    }

    /// <summary>The value of each axis at <paramref name="point"/>, in axis order.</summary>
    public string[] ValuesAt(long point)
    {
        var values = new string[Axes.Length];
        for (var i = Axes.Length - 1; i >= 0; i--)
        {
            var axis = Axes[i].Values;
            values[i] = axis[(int)(point % axis.Length)];
            point /= axis.Length;
        }

        return values;
    }
}
