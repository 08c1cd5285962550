using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Json;

/// <summary>One ratifier's vote: its tally, the yes votes it needed and the votes that had to be cast (its quorum, 0 without one).</summary>
public sealed record RatifierReport(string Name, string Ratifies, bool Passed, int Yes, int No, int Abstain, int Threshold, int Quorum, IReadOnlyList<FactionReport> Factions)
{
    public static RatifierReport From(RatificationVote vote) => new(
        vote.Ratifier, vote.Ratifies, vote.Passed, vote.Yes, vote.No, vote.Abstain, vote.Threshold, vote.Quorum, [.. vote.Factions.Select(FactionReport.From)]);
}
