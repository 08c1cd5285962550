using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>The tally of one ratifier's vote on a signed deal.</summary>
public sealed record RatificationVote(string Ratifier, string Ratifies, int Threshold, int Yes, int No, ImmutableArray<FactionVote> Factions)
{
    public bool Passed => Yes >= Threshold;
}
