using System.Collections.Immutable;
using NegoSim.Model;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// Sobol' indices from the outputs of a <see cref="SaltelliDesign"/>, computed as SALib's <c>sobol.analyze</c> computes
/// them: the outputs are first standardised ((Y − mean)/sd over all rows, sd with divisor n); with A, B and AB_j the
/// outputs of the design's matrices and V the variance (divisor n) of A and B together, S1_j = mean(B (AB_j − A)) / V
/// (Saltelli et al. 2010), ST_j = mean((A − AB_j)²) / (2V) (Jansen), and S2_jk = mean(BA_j AB_k − A B)/V − S1_j − S1_k
/// (Saltelli 2002). Each interval is 1.96 × the standard deviation (divisor n − 1) of the index over bootstrap
/// resamples of the N base rows (SALib's Z for 95 %; the resamples are NegoSim's own draws, so these differ from
/// SALib's by the bootstrap's noise only).
/// </summary>
public static class SobolAnalysis
{
    /// <summary>norm.ppf(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <param name="outputs">One output per design row, in the design's order.</param>
    /// <param name="parameters">The parameters' names, in the design's column order.</param>
    /// <param name="secondOrder">Whether the design has the BA rows (and S2 is wanted).</param>
    /// <param name="resamples">Bootstrap resamples (SALib's default: 100).</param>
    /// <param name="seed">The bootstrap's seed.</param>
    public static SobolResult Analyze(IReadOnlyList<double> outputs, IReadOnlyList<string> parameters, bool secondOrder, int resamples = 100, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(parameters);
        var d = parameters.Count;
        var step = secondOrder ? (2 * d) + 2 : d + 2;
        if (outputs.Count == 0 || outputs.Count % step != 0)
        {
            throw new InputException($"a Sobol' design of {d} parameters{(secondOrder ? " with second order" : "")} has a multiple of {step} rows; these outputs have {outputs.Count}.");
        }

        var n = outputs.Count / step;
        var y = Standardised(outputs, out var constant);
        var a = new double[n];
        var b = new double[n];
        var ab = new double[d][];
        var ba = secondOrder ? new double[d][] : null;
        for (var j = 0; j < d; j++)
        {
            ab[j] = new double[n];
            if (ba is not null)
            {
                ba[j] = new double[n];
            }
        }

        for (var i = 0; i < n; i++)
        {
            a[i] = y[i * step];
            b[i] = y[(i * step) + step - 1];
            for (var j = 0; j < d; j++)
            {
                ab[j][i] = y[(i * step) + 1 + j];
                if (ba is not null)
                {
                    ba[j][i] = y[(i * step) + 1 + d + j];
                }
            }
        }

        var draws = Resamples(n, resamples, seed);
        var indices = ImmutableArray.CreateBuilder<SobolIndex>(d);
        for (var j = 0; j < d; j++)
        {
            var abj = ab[j];
            indices.Add(new SobolIndex(
                parameters[j],
                FirstOrder(a, abj, b, null),
                Z95 * Spread(draws, r => FirstOrder(a, abj, b, r)),
                TotalOrder(a, abj, b, null),
                Z95 * Spread(draws, r => TotalOrder(a, abj, b, r))));
        }

        double[][]? s2 = null;
        double[][]? s2Conf = null;
        if (ba is not null)
        {
            s2 = [.. Enumerable.Range(0, d).Select(_ => Enumerable.Repeat(double.NaN, d).ToArray())];
            s2Conf = [.. Enumerable.Range(0, d).Select(_ => Enumerable.Repeat(double.NaN, d).ToArray())];
            for (var j = 0; j < d; j++)
            {
                for (var k = j + 1; k < d; k++)
                {
                    var (abj, abk, baj) = (ab[j], ab[k], ba[j]);
                    s2[j][k] = SecondOrder(a, abj, abk, baj, b, null);
                    s2Conf[j][k] = Z95 * Spread(draws, r => SecondOrder(a, abj, abk, baj, b, r));
                }
            }
        }

        return new SobolResult(indices.MoveToImmutable(), s2, s2Conf) { Constant = constant };
    }

    /// <summary>(Y − mean) / sd, sd with divisor n; all zeros (and <paramref name="constant"/>) when Y does not vary.</summary>
    private static double[] Standardised(IReadOnlyList<double> outputs, out bool constant)
    {
        var mean = outputs.Average();
        var sd = Math.Sqrt(outputs.Sum(v => (v - mean) * (v - mean)) / outputs.Count);
        var flat = !(sd > 0);
        constant = flat;
        return [.. outputs.Select(v => flat ? 0 : (v - mean) / sd)];
    }

    private static int[][] Resamples(int n, int resamples, ulong seed)
    {
        var random = new RunRandom(seed);
        return [.. Enumerable.Range(0, resamples).Select(_ => Enumerable.Range(0, n).Select(_ => (int)(random.NextUInt64() % (ulong)n)).ToArray())];
    }

    /// <summary>The standard deviation (divisor n − 1) of an estimate over the resamples.</summary>
    private static double Spread(int[][] draws, Func<int[], double> estimate)
    {
        if (draws.Length < 2)
        {
            return 0;
        }

        var values = draws.Select(estimate).ToArray();
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    /// <summary>The variance (divisor 2n) of A and B together, over the rows <paramref name="rows"/> (null: all).</summary>
    private static double Variance(double[] a, double[] b, int[]? rows)
    {
        // Two passes, as numpy's var: the mean, then the squared deviations from it.
        var n = rows?.Length ?? a.Length;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var k = rows is null ? i : rows[i];
            sum += a[k] + b[k];
        }

        var mean = sum / (2 * n);
        var squares = 0.0;
        for (var i = 0; i < n; i++)
        {
            var k = rows is null ? i : rows[i];
            squares += ((a[k] - mean) * (a[k] - mean)) + ((b[k] - mean) * (b[k] - mean));
        }

        return squares / (2 * n);
    }

    private static double FirstOrder(double[] a, double[] ab, double[] b, int[]? rows)
    {
        var variance = Variance(a, b, rows);
        if (!(variance > 0))
        {
            return 0;
        }

        var n = rows?.Length ?? a.Length;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            var i = rows is null ? k : rows[k];
            sum += b[i] * (ab[i] - a[i]);
        }

        return sum / n / variance;
    }

    private static double TotalOrder(double[] a, double[] ab, double[] b, int[]? rows)
    {
        var variance = Variance(a, b, rows);
        if (!(variance > 0))
        {
            return 0;
        }

        var n = rows?.Length ?? a.Length;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            var i = rows is null ? k : rows[k];
            sum += (a[i] - ab[i]) * (a[i] - ab[i]);
        }

        return 0.5 * sum / n / variance;
    }

    private static double SecondOrder(double[] a, double[] abj, double[] abk, double[] baj, double[] b, int[]? rows)
    {
        var variance = Variance(a, b, rows);
        if (!(variance > 0))
        {
            return 0;
        }

        var n = rows?.Length ?? a.Length;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            var i = rows is null ? k : rows[k];
            sum += (baj[i] * abk[i]) - (a[i] * b[i]);
        }

        return (sum / n / variance) - FirstOrder(a, abj, b, rows) - FirstOrder(a, abk, b, rows);
    }
}
