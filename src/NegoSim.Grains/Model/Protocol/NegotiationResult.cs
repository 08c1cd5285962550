using System.Collections.Immutable;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>
/// How a run ended: status, the round of signature (0 if none), the deal (−1 if none), each negotiator's utility
/// (undiscounted and discounted by δ^(round − 1); the reservation without agreement), the ratification votes
/// and the transcript.
/// </summary>
public sealed record NegotiationResult(
    Scenario Scenario,
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
