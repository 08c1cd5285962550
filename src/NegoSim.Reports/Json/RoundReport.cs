using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>One round: proposer, offer (null if it passed), each negotiator's utility and target, responses, event notes.</summary>
public sealed record RoundReport(
    int Round,
    string Proposer,
    IReadOnlyDictionary<string, object>? Offer,
    IReadOnlyDictionary<string, double> Utilities,
    IReadOnlyDictionary<string, double> Targets,
    IReadOnlyList<ResponseReport> Responses,
    IReadOnlyList<string> Notes)
{
    public static RoundReport From(Scenario s, RoundRecord r)
    {
        var targets = new OrderedDictionary<string, double> { [r.Proposer] = Numbers.Rounded(r.Target) };
        foreach (var response in r.Responses)
        {
            targets[response.Responder] = Numbers.Rounded(response.Target);
        }

        return new RoundReport(
            r.Round,
            r.Proposer,
            DealText.Map(s.Space, r.Offer),
            r.Offer < 0 ? new OrderedDictionary<string, double>() : OutcomeReport.PerNegotiator(s, r.Utilities),
            targets,
            [.. r.Responses.Select(ResponseReport.From)],
            r.Notes);
    }
}
