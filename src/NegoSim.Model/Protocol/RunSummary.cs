using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// What a sweep keeps of a run: its status, the round of signature (0 if none), the deal (−1 if none), each
/// negotiator's utility, the ratification tally (every ratifier's seats added up), and how many votes were held and
/// how many of them failed.
/// </summary>
public sealed record RunSummary(OutcomeStatus Status, int Round, int Deal, ImmutableArray<double> Utilities, bool RatificationRequired, int Yes, int No, int Votes = 0, int FailedVotes = 0)
{
    public bool IsSigned => Deal >= 0;

    public static RunSummary Of(NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (yes, no, failed) = (0, 0, 0);
        foreach (var vote in result.Votes)
        {
            (yes, no) = (yes + vote.Yes, no + vote.No);
            failed += vote.Passed ? 0 : 1;
        }

        return new RunSummary(result.Status, result.Round, result.Deal, result.Utilities, result.RatificationRequired, yes, no, result.Votes.Length, failed);
    }
}
