using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>
/// The tally of one ratifier's vote on a deal signed in round <see cref="Round"/>: yes, no and abstentions; the yes
/// votes it needed (<see cref="Threshold"/>, worked out from the votes cast when the threshold is a share of them) and
/// the votes that had to be cast (<see cref="Quorum"/>; 0 when there is none).
/// </summary>
public sealed record RatificationVote(string Ratifier, string Ratifies, int Threshold, int Yes, int No, ImmutableArray<FactionVote> Factions, int Round = 0, int Abstain = 0, int Quorum = 0)
{
    public bool Passed => Yes >= Threshold && Yes + No >= Quorum;
}
