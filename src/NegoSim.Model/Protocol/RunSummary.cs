using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// What a sweep keeps of a run: its status, the round of signature (0 if none), the deal (−1 if none), each
/// negotiator's utility, the ratification tally of the text the run ended with (each ratifier's last vote on it, the
/// ratifiers' seats added up), and how many votes were held in all (talks reopened after a rejection put several texts
/// to the vote; a text may be put to a ratifier again) and how many of them failed.
/// </summary>
public sealed record RunSummary(OutcomeStatus Status, int Round, int Deal, ImmutableArray<double> Utilities, bool RatificationRequired, int Yes, int No, int Votes = 0, int FailedVotes = 0)
{
    public bool IsSigned => Deal >= 0;

    public static RunSummary Of(NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (yes, no, failed) = (0, 0, 0);
        for (var i = 0; i < result.Votes.Length; i++)
        {
            var vote = result.Votes[i];
            failed += vote.Passed ? 0 : 1;
            if (vote.Round == result.Round && !VotedAgain(result.Votes, i))
            {
                (yes, no) = (yes + vote.Yes, no + vote.No);
            }
        }

        return new RunSummary(result.Status, result.Round, result.Deal, result.Utilities, result.RatificationRequired, yes, no, result.Votes.Length, failed);
    }

    /// <summary>True when the ratifier of vote <paramref name="index"/> voted again on the same text later.</summary>
    private static bool VotedAgain(ImmutableArray<Ratification.RatificationVote> votes, int index)
    {
        for (var j = index + 1; j < votes.Length; j++)
        {
            if (votes[j].Ratifier == votes[index].Ratifier && votes[j].Round == votes[index].Round)
            {
                return true;
            }
        }

        return false;
    }
}
