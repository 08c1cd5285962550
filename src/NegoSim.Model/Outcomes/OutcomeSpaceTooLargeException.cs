using System.Collections.Immutable;

namespace NegoSim.Model.Outcomes;

/// <summary>The terms multiply to more than <see cref="OutcomeSpace.MaxOutcomes"/> outcomes.</summary>
public sealed class OutcomeSpaceTooLargeException(ImmutableArray<Term> terms)
    : Exception(
        $"The outcome space has {terms.Aggregate(System.Numerics.BigInteger.One, (n, t) => n * t.Count):N0} outcomes " +
        $"({string.Join(" × ", terms.Select(t => $"{t.Name} {t.Count}"))}); the limit is {OutcomeSpace.MaxOutcomes:N0}. " +
        "Use a coarser step on a numeric term or fewer options.")
{
    public ImmutableArray<Term> Terms { get; } = terms;
}
