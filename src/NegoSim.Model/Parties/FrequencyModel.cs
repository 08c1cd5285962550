using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Parties;

/// <summary>
/// A frequency model of one opponent, learned from the offers it makes (van Krimpen, Looije and Hajizadeh 2013,
/// HardHeaded; Baarslag et al. 2013's frequency model): every issue starts with the weight 1/n; after each offer, every
/// issue whose value the opponent kept from its previous offer gains ε = 0.2/n, and the weights are normalised; each
/// value's worth is how often the opponent offered it, divided by the count of its issue's most offered value. The
/// estimated utility of an outcome is the weighted sum. It sees nothing but the offers.
/// </summary>
public sealed class FrequencyModel : LearnedModel
{
    private readonly OutcomeSpace _space;
    private readonly double[] _weights;
    private readonly int[][] _counts;
    private int[]? _last;

    public FrequencyModel(OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        _space = space;
        _weights = new double[space.Terms.Length];
        Array.Fill(_weights, 1.0 / _weights.Length);
        _counts = [.. space.Terms.Select(t => new int[t.Count])];
    }

    /// <summary>The learned weight of each term (they sum to 1).</summary>
    public IReadOnlyList<double> Weights => _weights;

    /// <inheritdoc/>
    public override void Observe(int outcome)
    {
        var digits = _space.Digits(outcome);
        if (_last is not null)
        {
            var gain = 0.2 / _weights.Length;
            var total = 0.0;
            for (var i = 0; i < _weights.Length; i++)
            {
                _weights[i] += digits[i] == _last[i] ? gain : 0;
                total += _weights[i];
            }

            for (var i = 0; i < _weights.Length; i++)
            {
                _weights[i] /= total;
            }
        }

        for (var i = 0; i < digits.Length; i++)
        {
            _counts[i][digits[i]]++;
        }

        _last = digits;
        Offers++;
    }

    /// <summary>The learned worth (0 to 1) of value <paramref name="index"/> of term <paramref name="term"/>.</summary>
    public double ValueOf(int term, int index)
    {
        var most = _counts[term].Max();
        return most == 0 ? 0 : (double)_counts[term][index] / most;
    }

    /// <inheritdoc/>
    public override void AddEstimates(double[] into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var values = new double[_weights.Length][];
        for (var t = 0; t < values.Length; t++)
        {
            values[t] = [.. Enumerable.Range(0, _counts[t].Length).Select(i => _weights[t] * ValueOf(t, i))];
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
    /// How well the model ranks the outcomes as the opponent does: Spearman's rank correlation between the estimated
    /// and the true utilities over every outcome (ties take their average rank; 0 when either is constant).
    /// </summary>
    public double Accuracy(Func<int, double> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var estimated = new double[_space.Count];
        AddEstimates(estimated);
        var actual = new double[_space.Count];
        for (var o = 0; o < actual.Length; o++)
        {
            actual[o] = truth(o);
        }

        return RankCorrelation.Spearman(estimated, actual);
    }
}
