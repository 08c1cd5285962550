using NegoSim.Model.Analysis;
using NegoSim.Model.Parties;
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
    IReadOnlyList<RoundReport> Rounds,
    IReadOnlyDictionary<string, LearningReport>? OpponentModels = null)
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
            [.. result.Rounds.Select(r => RoundReport.From(s, r))],
            OpponentLearning.Of(s, result) is { Count: > 0 } learned
                ? new OrderedDictionary<string, LearningReport>(learned.Select(l => KeyValuePair.Create(l.Negotiator, new LearningReport(l.Model.ToString().ToLowerInvariant(), l.Offers, Numbers.Rounded(l.Accuracy)))))
                : null);
    }
}
