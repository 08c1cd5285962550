using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Json;

/// <summary>The JSON of <c>negosim run --format json</c>.</summary>
public sealed record RunReport(
    string Scenario,
    string File,
    ulong Seed,
    IReadOnlyDictionary<string, object> Parameters,
    int Outcomes,
    OutcomeReport Outcome,
    TheoryReport Theory,
    IReadOnlyList<RoundReport> Rounds)
{
    public static RunReport From(CompiledScenario file, NegotiationResult result, OutcomeTheory analysis)
    {
        var s = file.Scenario;
        return new RunReport(
            s.Name,
            file.Path,
            result.Seed,
            new OrderedDictionary<string, object>(file.Parameters.Select(p => KeyValuePair.Create(p.Name, JsonValue.Of(p.Value)))),
            s.Space.Count,
            OutcomeReport.From(s, result, analysis, file.Tables.BelievedPass(result)),
            TheoryReport.From(s, analysis),
            [.. result.Rounds.Select(r => RoundReport.From(s, r))]);
    }
}
