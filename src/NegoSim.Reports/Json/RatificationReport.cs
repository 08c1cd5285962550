using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>
/// <c>outcome.ratification</c>: whether the signed deal needed ratification and whether it passed (null when not
/// required); <c>yes</c>, <c>no</c>, <c>threshold</c> and <c>factions</c> of the vote on that deal (of the first
/// ratifier when a scenario has several, all of them under <c>ratifiers</c>; the votes on earlier, rejected texts are
/// in <c>outcome.votes</c>); <c>believed_pass</c>, the probability that the deal
/// would pass that the negotiators could know when they signed (below 1 only when factions are known by beliefs; null
/// when no vote was needed or it is not known).
/// </summary>
public sealed record RatificationReport(
    bool Required,
    bool? Passed,
    int Yes,
    int No,
    int Threshold,
    IReadOnlyList<FactionReport> Factions,
    IReadOnlyList<RatifierReport> Ratifiers,
    double? BelievedPass)
{
    public static RatificationReport From(Scenario scenario, NegotiationResult result, double? believedPass = null)
    {
        var ratifiers = result.Votes.Where(v => v.Round == result.Round).Select(RatifierReport.From).ToList();
        var first = ratifiers.FirstOrDefault();
        return new RatificationReport(
            result.RatificationRequired,
            result.RatificationRequired ? result.Status == OutcomeStatus.Ratified : null,
            first?.Yes ?? 0,
            first?.No ?? 0,
            first?.Threshold ?? scenario.Ratifiers.FirstOrDefault()?.Threshold ?? 0,
            first?.Factions ?? [],
            ratifiers,
            believedPass is { } p ? Numbers.Rounded(p) : null);
    }
}
