using System.Collections.Immutable;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Protocol;

/// <summary>
/// How a run ended, in values only: status, the round of signature (0 if none), the deal (−1 if none), each
/// negotiator's utility (undiscounted and discounted by δ^(round − 1); the reservation without agreement), the
/// ratification votes and the transcript (empty when not kept). The scenario it was played on is not part of it.
/// </summary>
public sealed record NegotiationResult(
    ulong Seed,
    OutcomeStatus Status,
    int Round,
    int Deal,
    ImmutableArray<double> Utilities,
    ImmutableArray<double> DiscountedUtilities,
    bool RatificationRequired,
    ImmutableArray<RatificationVote> Votes,
    ImmutableArray<RoundRecord> Rounds)
{
    public bool IsSigned => Deal >= 0;
}
