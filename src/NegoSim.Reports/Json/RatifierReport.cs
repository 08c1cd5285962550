using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Json;

/// <summary>One ratifier's vote.</summary>
public sealed record RatifierReport(string Name, string Ratifies, bool Passed, int Yes, int No, int Threshold, IReadOnlyList<FactionReport> Factions)
{
    public static RatifierReport From(RatificationVote vote) => new(
        vote.Ratifier, vote.Ratifies, vote.Passed, vote.Yes, vote.No, vote.Threshold, [.. vote.Factions.Select(FactionReport.From)]);
}
