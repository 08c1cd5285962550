using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>
/// Additive utility <c>u(o) = Σ w_i · v_i(o_i)</c> with weights normalised to sum 1 (an unweighted term weighs 0).
/// Always in [0, 1].
/// </summary>
public sealed class UtilityFunction
{
    private readonly double[] _weights;
    private readonly double[][] _tables;

    /// <exception cref="ArgumentException">A weight or value function does not fit; the message says which and why.</exception>
    public UtilityFunction(OutcomeSpace space, IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, ValueFunction> values)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(values);
        Space = space;
        foreach (var name in weights.Keys.Concat(values.Keys))
        {
            if (space.IndexOfTerm(name) < 0)
            {
                throw new ArgumentException($"'{name}' is not a term; terms: {string.Join(", ", space.Terms.Select(t => t.Name))}.");
            }
        }

        foreach (var (name, weight) in weights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"weight of '{name}' is {weight}; weights must be zero or positive.");
            }
        }

        var total = weights.Values.Sum();
        if (total <= 0)
        {
            throw new ArgumentException("weights: at least one term needs a positive weight.");
        }

        _weights = new double[space.Terms.Length];
        _tables = new double[space.Terms.Length][];
        for (var i = 0; i < space.Terms.Length; i++)
        {
            var term = space.Terms[i];
            _weights[i] = weights.TryGetValue(term.Name, out var w) ? w / total : 0;
            if (values.TryGetValue(term.Name, out var function))
            {
                _tables[i] = function.Tabulate(term);
            }
            else if (_weights[i] > 0)
            {
                throw new ArgumentException($"values: term '{term.Name}' has a weight but no value function (best, values or points).");
            }
            else
            {
                _tables[i] = new double[term.Count];
            }
        }

        Weights = [.. _weights];
        Table = new double[space.Count];
        for (var o = 0; o < Table.Length; o++)
        {
            Table[o] = Evaluate(o);
        }
    }

    public OutcomeSpace Space { get; }

    /// <summary>The normalised weights, one per term in term order.</summary>
    public ImmutableArray<double> Weights { get; }

    public double Evaluate(int outcome)
    {
        var sum = 0.0;
        for (var i = 0; i < _weights.Length; i++)
        {
            sum += _weights[i] * _tables[i][Space.Digit(outcome, i)];
        }

        return Math.Clamp(sum, 0, 1);
    }

    /// <summary>The utility of every outcome, in canonical order (a fresh copy).</summary>
    public double[] Tabulate() => (double[])Table.Clone();

    /// <summary>The utility of every outcome, computed when the function is made: callers must not write to it.</summary>
    internal double[] Table { get; }
}
