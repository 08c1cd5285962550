using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// What a sweep keeps of a run: its status, the round of signature (0 if none), the deal (−1 if none), each
/// negotiator's utility, and the ratification tally (every ratifier's seats added up).
/// </summary>
public sealed record RunSummary(OutcomeStatus Status, int Round, int Deal, ImmutableArray<double> Utilities, bool RatificationRequired, int Yes, int No)
{
    public bool IsSigned => Deal >= 0;

    public static RunSummary Of(NegotiationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (yes, no) = (0, 0);
        foreach (var vote in result.Votes)
        {
            (yes, no) = (yes + vote.Yes, no + vote.No);
        }

        return new RunSummary(result.Status, result.Round, result.Deal, result.Utilities, result.RatificationRequired, yes, no);
    }
}
