using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>Whether a signed deal needs ratification: <c>always</c>, <c>never</c>, or <c>when</c> its terms meet a condition.</summary>
public abstract record RatificationRule
{
    public static RatificationRule Always { get; } = new AlwaysRule();

    public static RatificationRule Never { get; } = new NeverRule();

    /// <summary>The outcomes of <paramref name="space"/> that would need ratification.</summary>
    /// <exception cref="ArgumentException">The rule names a term or value the space does not have.</exception>
    public abstract OutcomeSet RequiredIn(OutcomeSpace space);

    private sealed record AlwaysRule : RatificationRule
    {
        public override OutcomeSet RequiredIn(OutcomeSpace space) => OutcomeSet.All(space.Count);

        public override string ToString() => "always";
    }

    private sealed record NeverRule : RatificationRule
    {
        public override OutcomeSet RequiredIn(OutcomeSpace space) => OutcomeSet.Where(space.Count, static _ => false);

        public override string ToString() => "never";
    }
}
