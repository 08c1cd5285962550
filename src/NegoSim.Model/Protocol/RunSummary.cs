using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// What a sweep keeps of a run: its status, the round of signature (0 if none), the deal (−1 if none), each
/// negotiator's utility, the ratification tally of the text the run ended with (each ratifier's last vote on it, the
/// ratifiers' seats added up), and how many votes were held in all (talks reopened after a rejection put several texts
/// to the vote; a text may be put to a ratifier again) and how many of them failed; and each faction's yes votes in
/// that tally (<see cref="FactionYes"/>: every ratifier's factions in the scenario's order, 0 where none voted).
/// </summary>
public sealed record RunSummary(
    OutcomeStatus Status, int Round, int Deal, ImmutableArray<double> Utilities, bool RatificationRequired, int Yes, int No, int Votes = 0, int FailedVotes = 0, ImmutableArray<int> FactionYes = default)
{
    public bool IsSigned => Deal >= 0;

    /// <summary>A run's summary; with <paramref name="scenario"/>, its factions' yes votes too.</summary>
    public static RunSummary Of(NegotiationResult result, Scenarios.Scenario? scenario = null)
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

        return new RunSummary(result.Status, result.Round, result.Deal, result.Utilities, result.RatificationRequired, yes, no, result.Votes.Length, failed, scenario is null ? default : FactionsOf(result, scenario));
    }

    /// <summary>Each faction's yes votes in its ratifier's last vote on the final text, in the scenario's order; 0 where there was none.</summary>
    private static ImmutableArray<int> FactionsOf(NegotiationResult result, Scenarios.Scenario scenario)
    {
        var yes = ImmutableArray.CreateBuilder<int>();
        foreach (var ratifier in scenario.Ratifiers)
        {
            Ratification.RatificationVote? last = null;
            foreach (var vote in result.Votes)
            {
                last = vote.Ratifier == ratifier.Name && vote.Round == result.Round ? vote : last;
            }

            foreach (var faction in ratifier.Factions)
            {
                var cast = last?.Factions.FirstOrDefault(f => f.Name == faction.Name);
                yes.Add(cast?.Yes ?? 0);
            }
        }

        return yes.ToImmutable();
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
