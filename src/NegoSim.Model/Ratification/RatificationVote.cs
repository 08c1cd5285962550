using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>The tally of one ratifier's vote on a deal signed in round <see cref="Round"/>.</summary>
public sealed record RatificationVote(string Ratifier, string Ratifies, int Threshold, int Yes, int No, ImmutableArray<FactionVote> Factions, int Round = 0)
{
    public bool Passed => Yes >= Threshold;
}
