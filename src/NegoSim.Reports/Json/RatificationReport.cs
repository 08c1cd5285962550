using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>
/// <c>outcome.ratification</c>: whether the signed deal needed ratification and whether it passed (null when not
/// required); <c>yes</c>, <c>no</c>, <c>threshold</c> and <c>factions</c> of the vote (of the first ratifier when a
/// scenario has several, all of them under <c>ratifiers</c>).
/// </summary>
public sealed record RatificationReport(
    bool Required,
    bool? Passed,
    int Yes,
    int No,
    int Threshold,
    IReadOnlyList<FactionReport> Factions,
    IReadOnlyList<RatifierReport> Ratifiers)
{
    public static RatificationReport From(Scenario scenario, NegotiationResult result)
    {
        var ratifiers = result.Votes.Select(RatifierReport.From).ToList();
        var first = ratifiers.FirstOrDefault();
        return new RatificationReport(
            result.RatificationRequired,
            result.RatificationRequired ? result.Status == OutcomeStatus.Ratified : null,
            first?.Yes ?? 0,
            first?.No ?? 0,
            first?.Threshold ?? scenario.Ratifiers.FirstOrDefault()?.Threshold ?? 0,
            first?.Factions ?? [],
            ratifiers);
    }
}
