using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Json;

/// <summary>
/// One entry of <c>outcome.votes</c>: a vote a ratifier held on a signed text — the round the text was signed in,
/// the ratifier, its seats' yes, no and abstentions, and whether it passed.
/// </summary>
public sealed record VoteReport(int Round, string Ratifier, int Yes, int No, int Abstain, bool Passed)
{
    public static VoteReport From(RatificationVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return new VoteReport(vote.Round, vote.Ratifier, vote.Yes, vote.No, vote.Abstain, vote.Passed);
    }
}
