using System.Collections.Immutable;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// Draws a sampled sweep's points by Latin hypercube: each axis's [0, 1) is cut into as many equal strata as there are
/// points, every stratum is used exactly once per axis, a point's strata are matched across axes by a random
/// permutation per axis, and a point falls at a random place within its stratum; the distribution's value there,
/// within the parameter's range (<see cref="SampleDistribution.ValueAt"/>), is its value. All draws come from generators seeded
/// by the master seed (one per axis), so the same seed gives the same points.
/// </summary>
public static class LatinHypercube
{
    /// <summary>A fixed offset that keeps the design's generators apart from the runs' (which use indices from 0).</summary>
    private const long DesignStream = long.MaxValue / 2;

    /// <param name="points">How many points.</param>
    /// <param name="axes">The sampled axes.</param>
    /// <param name="masterSeed">The sweep's master seed.</param>
    /// <param name="range">The range of the parameter an axis names, to keep its values in (nulls: no bound).</param>
    /// <returns>Each point's value of each axis, in axis order.</returns>
    public static ImmutableArray<ImmutableArray<string>> Draw(int points, IReadOnlyList<VaryAxis> axes, ulong masterSeed, Func<string, (double? Min, double? Max)> range)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(range);
        var columns = new string[axes.Count][];
        for (var a = 0; a < axes.Count; a++)
        {
            var distribution = axes[a].Distribution ?? throw new ArgumentException($"axis {axes[a].Name} is not sampled");
            var random = new RunRandom(RunRandom.DeriveSeed(masterSeed, DesignStream + a));
            var strata = Enumerable.Range(0, points).ToArray();
            for (var i = points - 1; i > 0; i--)
            {
                var j = (int)(random.NextUInt64() % (ulong)(i + 1));
                (strata[i], strata[j]) = (strata[j], strata[i]);
            }

            var (min, max) = range(axes[a].Name);
            columns[a] = new string[points];
            for (var i = 0; i < points; i++)
            {
                // Strictly inside (0, 1): a normal's quantile is infinite at either end.
                var u = (strata[i] + Math.Clamp(random.NextDouble(), 1e-12, 1 - 1e-12)) / points;
                columns[a][i] = distribution.ValueAt(u, min, max);
            }
        }

        return [.. Enumerable.Range(0, points).Select(i => columns.Select(c => c[i]).ToImmutableArray())];
    }
}
