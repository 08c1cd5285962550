using System.Collections.Immutable;

namespace NegoSim.Model.Outcomes;

/// <summary>
/// The cartesian product of the terms, numbered 0 … Count−1 in canonical order: terms in file order, the first term
/// varying slowest, each term's values ascending. An outcome is its number.
/// </summary>
public sealed class OutcomeSpace
{
    /// <summary>The largest space a scenario may have.</summary>
    public const int MaxOutcomes = 1_000_000;

    private readonly int[] _stride;

    public OutcomeSpace(ImmutableArray<Term> terms)
    {
        if (terms.IsDefaultOrEmpty)
        {
            throw new ArgumentException("An outcome space needs at least one term.", nameof(terms));
        }

        Terms = terms;
        _stride = new int[terms.Length];
        long count = 1;
        for (var i = terms.Length - 1; i >= 0; i--)
        {
            _stride[i] = (int)Math.Min(count, int.MaxValue);
            count *= terms[i].Count;
            if (count > MaxOutcomes)
            {
                throw new OutcomeSpaceTooLargeException(terms);
            }
        }

        Count = (int)count;
    }

    public ImmutableArray<Term> Terms { get; }

    public int Count { get; }

    public int IndexOfTerm(string name)
    {
        for (var i = 0; i < Terms.Length; i++)
        {
            if (Terms[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of term <paramref name="term"/>'s value in <paramref name="outcome"/>.</summary>
    public int Digit(int outcome, int term) => outcome / _stride[term] % Terms[term].Count;

    /// <summary>The index of each term's value in <paramref name="outcome"/>, in term order (the inverse of <see cref="Compose"/>).</summary>
    public int[] Digits(int outcome)
    {
        var digits = new int[Terms.Length];
        for (var t = 0; t < digits.Length; t++)
        {
            digits[t] = Digit(outcome, t);
        }

        return digits;
    }

    /// <summary>The outcome with these value indices, one per term.</summary>
    public int Compose(ReadOnlySpan<int> digits)
    {
        var outcome = 0;
        for (var i = 0; i < Terms.Length; i++)
        {
            outcome += digits[i] * _stride[i];
        }

        return outcome;
    }

    /// <summary><c>term=value</c> pairs of an outcome, in term order.</summary>
    public string Describe(int outcome) =>
        string.Join("  ", Terms.Select((t, i) => $"{t.Name}={t.Label(Digit(outcome, i))}"));
}
