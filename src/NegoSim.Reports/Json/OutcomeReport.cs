using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>
/// <c>outcome</c>: status, round (null if unsigned), deal, utilities, ratification, every vote held (an empty list when
/// none was), and how far the utilities reached (the reservations without a deal) lie from the Nash point and from the
/// Pareto frontier (null where undefined).
/// </summary>
public sealed record OutcomeReport(
    string Status,
    int? Round,
    IReadOnlyDictionary<string, object>? Deal,
    IReadOnlyDictionary<string, double> Utilities,
    IReadOnlyDictionary<string, double> DiscountedUtilities,
    RatificationReport Ratification,
    IReadOnlyList<VoteReport> Votes,
    double? NashDistance,
    double? ParetoDistance)
{
    public static OutcomeReport From(Scenario s, NegotiationResult result, OutcomeTheory analysis, double? believedPass = null)
    {
        return new OutcomeReport(
            result.Status.Name(),
            result.IsSigned ? result.Round : null,
            DealText.Map(s.Space, result.Deal),
            PerNegotiator(s, result.Utilities),
            PerNegotiator(s, result.DiscountedUtilities),
            RatificationReport.From(s, result, believedPass),
            [.. result.Votes.Select(v => VoteReport.From(v))],
            analysis.DistanceToNash(result.Utilities) is { } nash ? Numbers.Rounded(nash) : null,
            analysis.Pareto.IsEmpty ? null : Numbers.Rounded(analysis.DistanceToFrontier(result.Utilities)));
    }

    public static OrderedDictionary<string, double> PerNegotiator(Scenario s, IReadOnlyList<double> values) =>
        new(s.Negotiators.Select((n, i) => KeyValuePair.Create(n.Name, Numbers.Rounded(values[i]))));
}
