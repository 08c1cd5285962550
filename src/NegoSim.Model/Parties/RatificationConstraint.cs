using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Parties;

/// <summary>What a negotiator knows of its ratifier: which deals need ratification and which of those it would pass.</summary>
public sealed record RatificationConstraint(string Ratifier, OutcomeSet Required, OutcomeSet WinSet)
{
    /// <summary>True if the deal needs ratification that the ratifier would refuse.</summary>
    public bool Blocks(int outcome) => Required.Contains(outcome) && !WinSet.Contains(outcome);
}
