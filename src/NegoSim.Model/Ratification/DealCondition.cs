using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A condition on a deal, as a ratification rule's <c>when</c> gives it: a term's value among some values
/// (<see cref="TermCondition"/>), a number compared with a bound (<see cref="TermComparison"/>), or any or all of
/// other conditions (<see cref="AnyCondition"/>, <see cref="AllCondition"/>). Its text names it fully: two
/// conditions with the same text hold for the same deals.
/// </summary>
public abstract record DealCondition
{
    /// <summary>The test of an outcome of <paramref name="space"/>.</summary>
    /// <exception cref="ArgumentException">The condition names a term or value the space does not have.</exception>
    public abstract Func<int, bool> Resolve(OutcomeSpace space);

    /// <summary>The index of a term of <paramref name="space"/>, or a message listing the terms.</summary>
    protected static int TermIndex(OutcomeSpace space, string term)
    {
        ArgumentNullException.ThrowIfNull(space);
        var index = space.IndexOfTerm(term);
        return index >= 0
            ? index
            : throw new ArgumentException($"'{term}' is not a term; terms: {string.Join(", ", space.Terms.Select(t => t.Name))}.");
    }
}
