using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Parties;

/// <summary>
/// A Bayesian model of one opponent, learned from the offers it makes (Hindriks and Tykhonov 2008, in the scalable
/// form GENIUS ships as <c>BayesianOpponentModelScalable</c>). For each term it keeps a belief over eleven weights
/// (0, 0.1, …, 1; prior ∝ (1 − (j + 1)/11)³) and over the shape of the value function across the term's values in
/// their order: rising, falling, and each peak at an inner value (evaluations as GENIUS builds them, divided by their
/// largest). It assumes the opponent's k-th new offer is worth about 1 − 0.003(k − 1) to it: a hypothesis is
/// weighed by the normal density (σ = 0.25) of the relative gap between that and the utility the hypothesis gives the
/// offer. Weights are updated from the second new offer on, value functions from the first; a repeated offer teaches
/// nothing (and the expectation stops falling at 0.003, where GENIUS's would go below 0 and break its beliefs). The
/// estimate of an outcome is the expected weighted sum, the expected weights scaled to sum to 1.
/// </summary>
public sealed class BayesianModel : LearnedModel
{
    private const int WeightHypotheses = 11;
    private const double Sigma = 0.25;
    private const double Concession = 0.003;

    private readonly OutcomeSpace _space;
    private readonly double[][] _weightBelief;
    private readonly double[][][] _shapes;
    private readonly double[][] _shapeBelief;
    private readonly HashSet<int> _seen = [];
    private double _expected = 1;

    public BayesianModel(OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        _space = space;
        var terms = space.Terms.Length;
        var prior = Enumerable.Range(0, WeightHypotheses).Select(j => Math.Pow(1 - ((j + 1.0) / WeightHypotheses), 3)).ToArray();
        var total = prior.Sum();
        _weightBelief = [.. Enumerable.Range(0, terms).Select(_ => prior.Select(p => p / total).ToArray())];
        _shapes = [.. space.Terms.Select(t => Shapes(t.Count))];
        _shapeBelief = [.. _shapes.Select(s => Enumerable.Repeat(1.0 / s.Length, s.Length).ToArray())];
    }

    /// <summary>The expected weight of each term, scaled to sum to 1.</summary>
    public IReadOnlyList<double> Weights
    {
        get
        {
            var weights = Enumerable.Range(0, _weightBelief.Length).Select(ExpectedWeight).ToArray();
            var total = weights.Sum();
            return total > 0 ? [.. weights.Select(w => w / total)] : weights;
        }
    }

    /// <summary>The expected worth (0 to 1) of value <paramref name="index"/> of term <paramref name="term"/>.</summary>
    public double ValueOf(int term, int index)
    {
        var sum = 0.0;
        for (var h = 0; h < _shapes[term].Length; h++)
        {
            sum += _shapeBelief[term][h] * _shapes[term][h][index];
        }

        return sum;
    }

    /// <inheritdoc/>
    public override void Observe(int outcome)
    {
        Offers++;
        if (!_seen.Add(outcome))
        {
            return;
        }

        var digits = _space.Digits(outcome);
        if (_seen.Count > 1)
        {
            UpdateWeights(digits);
        }

        UpdateShapes(digits);

        // GENIUS lets the expectation fall without end; below 0 every likelihood vanishes and its beliefs turn to NaN.
        // Here it stops at its last step above 0 (after 333 new offers), so long talks keep what they learned.
        _expected = Math.Max(Concession, _expected - Concession);
    }

    /// <inheritdoc/>
    public override void AddEstimates(double[] into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var weights = Weights;
        var values = new double[weights.Count][];
        for (var t = 0; t < values.Length; t++)
        {
            values[t] = [.. Enumerable.Range(0, _shapes[t][0].Length).Select(i => weights[t] * ValueOf(t, i))];
        }

        for (var o = 0; o < into.Length; o++)
        {
            var sum = 0.0;
            for (var t = 0; t < values.Length; t++)
            {
                sum += values[t][_space.Digit(o, t)];
            }

            into[o] += sum;
        }
    }

    /// <summary>
    /// The value-function shapes of a term with <paramref name="count"/> values, as GENIUS builds them (integer
    /// evaluations, each shape divided by its largest): rising 1000j + 1, falling 1000(n − j − 1) + 1, and for
    /// n &gt; 2 a peak at each inner value k: 1000j/k before it, 1000(n − j − 1)/(n − k − 1) + 1 from it on.
    /// </summary>
    internal static double[][] Shapes(int count)
    {
        var shapes = new List<int[]>
        {
            Enumerable.Range(0, count).Select(j => (1000 * j) + 1).ToArray(),
            Enumerable.Range(0, count).Select(j => (1000 * (count - j - 1)) + 1).ToArray(),
        };
        for (var k = 1; k < count - 1; k++)
        {
            shapes.Add([.. Enumerable.Range(0, count).Select(j => j < k ? 1000 * j / k : (1000 * (count - j - 1) / (count - k - 1)) + 1)]);
        }

        return [.. shapes.Select(s => s.Max() is var max and > 0 ? s.Select(v => (double)v / max).ToArray() : new double[count])];
    }

    private double ExpectedWeight(int term)
    {
        var sum = 0.0;
        for (var j = 0; j < WeightHypotheses; j++)
        {
            sum += _weightBelief[term][j] * j / (WeightHypotheses - 1);
        }

        return sum;
    }

    /// <summary>The utility of the offer by every term's expected weight and value, but term <paramref name="except"/>.</summary>
    private double UtilityWithout(int[] digits, int except)
    {
        var sum = 0.0;
        for (var t = 0; t < digits.Length; t++)
        {
            sum += t == except ? 0 : ExpectedWeight(t) * ValueOf(t, digits[t]);
        }

        return sum;
    }

    /// <summary>How likely the opponent offers something worth <paramref name="utility"/> to it when it is expected to ask about <see cref="_expected"/>.</summary>
    private double Likelihood(double utility)
    {
        var x = (_expected - utility) / _expected;
        return Math.Exp(-(x * x) / (2 * Sigma * Sigma)) / (Sigma * Math.Sqrt(2 * Math.PI));
    }

    private void UpdateWeights(int[] digits)
    {
        // Every term's belief is updated from the beliefs before this offer.
        var updated = new double[_weightBelief.Length][];
        for (var t = 0; t < digits.Length; t++)
        {
            var rest = UtilityWithout(digits, t);
            var value = ValueOf(t, digits[t]);
            updated[t] = Posterior(_weightBelief[t], j => Likelihood(((double)j / (WeightHypotheses - 1) * value) + rest));
        }

        updated.CopyTo(_weightBelief, 0);
    }

    private void UpdateShapes(int[] digits)
    {
        var updated = new double[_shapeBelief.Length][];
        for (var t = 0; t < digits.Length; t++)
        {
            var rest = UtilityWithout(digits, t);
            var weight = ExpectedWeight(t);
            var shapes = _shapes[t];
            updated[t] = Posterior(_shapeBelief[t], h => Likelihood(rest + (weight * shapes[h][digits[t]])));
        }

        updated.CopyTo(_shapeBelief, 0);
    }

    private static double[] Posterior(double[] prior, Func<int, double> likelihood)
    {
        var posterior = new double[prior.Length];
        var total = 0.0;
        for (var i = 0; i < prior.Length; i++)
        {
            posterior[i] = prior[i] * likelihood(i);
            total += posterior[i];
        }

        if (!(total > 0))
        {
            // No hypothesis explains the offer at all (every likelihood underflowed): learn nothing from it.
            return (double[])prior.Clone();
        }

        for (var i = 0; i < prior.Length; i++)
        {
            posterior[i] /= total;
        }

        return posterior;
    }
}
