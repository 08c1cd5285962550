using NegoSim.Model;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// Morris's one-at-a-time design (Morris 1991, as SALib's <c>morris.sample</c> builds it without optimisation): N
/// trajectories of D + 1 rows on a grid of p levels {0, 1/(p − 1), …, 1}; each starts at a random point x* whose
/// coordinates are levels from which a step Δ = p / (2(p − 1)) stays inside, and moves one coordinate at a time, in a
/// random order and a random direction, by Δ: B* = J x* + (Δ/2)((2B − J)D* + J)P*. N(D + 1) rows, trajectory after
/// trajectory.
/// </summary>
public static class MorrisDesign
{
    /// <summary>The step of an elementary effect on the unit scale: p / (2(p − 1)).</summary>
    public static double Delta(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>The design's rows, each D coordinates in [0, 1].</summary>
    public static double[][] Rows(int trajectories, int dimensions, int levels, ulong seed)
    {
        if (levels < 2 || levels % 2 != 0)
        {
            throw new InputException($"--levels {levels}: an even number of levels, at least 2 (4 is usual).");
        }

        var random = new RunRandom(seed);
        var delta = Delta(levels);
        var starts = levels / 2; // the levels 0, 1/(p − 1), … up to 1 − Δ
        var rows = new double[trajectories * (dimensions + 1)][];
        for (var t = 0; t < trajectories; t++)
        {
            var start = new double[dimensions];
            var direction = new int[dimensions];
            for (var j = 0; j < dimensions; j++)
            {
                start[j] = starts == 1 ? 0 : (int)(random.NextUInt64() % (ulong)starts) * (1 - delta) / (starts - 1);
                direction[j] = (random.NextUInt64() & 1) == 0 ? -1 : 1;
            }

            var order = Enumerable.Range(0, dimensions).ToArray();
            for (var i = dimensions - 1; i > 0; i--)
            {
                var k = (int)(random.NextUInt64() % (ulong)(i + 1));
                (order[i], order[k]) = (order[k], order[i]);
            }

            // A coordinate going down starts at x* + Δ and ends at x*; one going up starts at x* and ends at x* + Δ.
            var row = new double[dimensions];
            for (var j = 0; j < dimensions; j++)
            {
                row[j] = start[j] + (direction[j] < 0 ? delta : 0);
            }

            var at = t * (dimensions + 1);
            rows[at] = (double[])row.Clone();
            for (var step = 0; step < dimensions; step++)
            {
                var j = order[step];
                row[j] += direction[j] * delta;
                rows[at + step + 1] = (double[])row.Clone();
            }
        }

        return rows;
    }
}
