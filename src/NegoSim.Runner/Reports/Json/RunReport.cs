using NegoSim.Grains.Model.Analysis;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Runner.Scenarios;

namespace NegoSim.Runner.Reports.Json;

/// <summary>The JSON of <c>negosim run --format json</c>.</summary>
internal sealed record RunReport(
    string Scenario,
    string File,
    ulong Seed,
    IReadOnlyDictionary<string, string> Parameters,
    int Outcomes,
    OutcomeReport Outcome,
    IReadOnlyList<RoundReport> Rounds)
{
    public static RunReport From(ScenarioFile file, NegotiationResult result, AnalysisReport analysis)
    {
        var s = result.Scenario;
        return new RunReport(
            s.Name,
            file.Path,
            result.Seed,
            new OrderedDictionary<string, string>(file.Parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))),
            s.Space.Count,
            OutcomeReport.From(result, analysis),
            [.. result.Rounds.Select(r => RoundReport.From(s, r))]);
    }
}
