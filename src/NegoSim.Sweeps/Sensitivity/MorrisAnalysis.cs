using System.Collections.Immutable;
using NegoSim.Model;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// Morris's measures from the outputs of a <see cref="MorrisDesign"/>, as SALib's <c>morris.analyze</c> computes them:
/// along each trajectory, the parameter that changed between two rows gets the elementary effect (y where it is higher
/// − y where it is lower) / Δ, Δ = p / (2(p − 1)) on the unit scale; μ is their mean, μ* the mean of their absolute
/// values, σ their standard deviation (divisor r − 1), and μ*'s interval 1.96 × the standard deviation of μ* over
/// bootstrap resamples of the trajectories (NegoSim's own draws).
/// </summary>
public static class MorrisAnalysis
{
    /// <param name="design">The design's rows on the unit scale (or any scale the values rise and fall with).</param>
    /// <param name="outputs">One output per row.</param>
    /// <param name="parameters">The parameters' names, in the design's column order.</param>
    /// <param name="levels">The design's levels p.</param>
    /// <param name="resamples">Bootstrap resamples (SALib's default: 100).</param>
    /// <param name="seed">The bootstrap's seed.</param>
    public static ImmutableArray<MorrisIndex> Analyze(IReadOnlyList<double[]> design, IReadOnlyList<double> outputs, IReadOnlyList<string> parameters, int levels, int resamples = 100, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(parameters);
        var d = parameters.Count;
        if (outputs.Count != design.Count || outputs.Count == 0 || outputs.Count % (d + 1) != 0)
        {
            throw new InputException($"a Morris design of {d} parameters has trajectories of {d + 1} rows; these are {design.Count} rows with {outputs.Count} outputs.");
        }

        var delta = MorrisDesign.Delta(levels);
        var trajectories = outputs.Count / (d + 1);
        var effects = new double[d][];
        for (var j = 0; j < d; j++)
        {
            effects[j] = new double[trajectories];
        }

        for (var t = 0; t < trajectories; t++)
        {
            var at = t * (d + 1);
            for (var step = 0; step < d; step++)
            {
                var (before, after) = (design[at + step], design[at + step + 1]);
                for (var j = 0; j < d; j++)
                {
                    var change = after[j] - before[j];
                    if (change > 0)
                    {
                        effects[j][t] += (outputs[at + step + 1] - outputs[at + step]) / delta;
                    }
                    else if (change < 0)
                    {
                        effects[j][t] += (outputs[at + step] - outputs[at + step + 1]) / delta;
                    }
                }
            }
        }

        var random = new RunRandom(seed);
        var measures = ImmutableArray.CreateBuilder<MorrisIndex>(d);
        for (var j = 0; j < d; j++)
        {
            var ee = effects[j];
            var mu = ee.Average();
            var muStar = ee.Average(Math.Abs);
            var sigma = trajectories < 2 ? double.NaN : Math.Sqrt(ee.Sum(e => (e - mu) * (e - mu)) / (trajectories - 1));
            var resampled = new double[resamples];
            for (var r = 0; r < resamples; r++)
            {
                var sum = 0.0;
                for (var i = 0; i < trajectories; i++)
                {
                    sum += Math.Abs(ee[(int)(random.NextUInt64() % (ulong)trajectories)]);
                }

                resampled[r] = sum / trajectories;
            }

            var mean = resampled.Average();
            var spread = resamples < 2 ? 0 : Math.Sqrt(resampled.Sum(v => (v - mean) * (v - mean)) / (resamples - 1));
            measures.Add(new MorrisIndex(parameters[j], mu, muStar, sigma, SobolAnalysis.Z95 * spread));
        }

        return measures.MoveToImmutable();
    }
}
