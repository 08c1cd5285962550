using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Reports.Json;

/// <summary><c>outcome</c>: status, round (null if unsigned), deal, utilities and ratification.</summary>
internal sealed record OutcomeReport(
    string Status,
    int? Round,
    IReadOnlyDictionary<string, object>? Deal,
    IReadOnlyDictionary<string, double> Utilities,
    IReadOnlyDictionary<string, double> DiscountedUtilities,
    RatificationReport Ratification)
{
    public static OutcomeReport From(NegotiationResult result)
    {
        var s = result.Scenario;
        return new OutcomeReport(
            result.Status.Name(),
            result.IsSigned ? result.Round : null,
            DealText.Map(s.Space, result.Deal),
            PerNegotiator(s, result.Utilities),
            PerNegotiator(s, result.DiscountedUtilities),
            RatificationReport.From(result));
    }

    public static OrderedDictionary<string, double> PerNegotiator(Scenario s, IReadOnlyList<double> values) =>
        new(s.Negotiators.Select((n, i) => KeyValuePair.Create(n.Name, Numbers.Rounded(values[i]))));
}
