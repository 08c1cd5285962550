using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Parties;

/// <summary>What a negotiator knows of its ratifier: which deals need ratification and which of those it would pass.</summary>
public sealed record RatificationConstraint(string Ratifier, OutcomeSet Required, OutcomeSet WinSet)
{
    /// <summary>True if the deal needs ratification that the ratifier would refuse.</summary>
    public bool Blocks(int outcome) => Required.Contains(outcome) && !WinSet.Contains(outcome);

    /// <summary>
    /// This ratifier and <paramref name="other"/> together, both of which must pass what they must vote on: a deal
    /// needs ratification when either requires it, and passes when neither that requires it would refuse it.
    /// </summary>
    public RatificationConstraint And(RatificationConstraint other, int outcomes)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new RatificationConstraint(
            $"{Ratifier} and {other.Ratifier}",
            OutcomeSet.Where(outcomes, o => Required.Contains(o) || other.Required.Contains(o)),
            OutcomeSet.Where(outcomes, o => !Blocks(o) && !other.Blocks(o)));
    }
}
