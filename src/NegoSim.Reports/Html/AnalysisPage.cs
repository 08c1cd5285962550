using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Html;

/// <summary>
/// The report of an analysis (<c>negosim analyze --report</c>): the outcome space with the frontier, the theory's
/// points, the subgame-perfect agreement and the zone of agreement, and the points as a table; the page carries the
/// analysis's <c>--format json</c> under the id <c>negosim-report</c>.
/// </summary>
public static class AnalysisPage
{
    /// <param name="tables">The scenario's tables.</param>
    /// <param name="a">Its analysis.</param>
    /// <param name="pair">The negotiators on the outcome space's axes.</param>
    /// <param name="parameters">The parameters it was compiled with (shown at the top and in a table).</param>
    public static HtmlReport Create(ScenarioTables tables, OutcomeTheory a, ReportPair pair, IReadOnlyList<ScenarioParameter> parameters)
    {
        var s = tables.Scenario;
        var page = new HtmlReport($"{s.Name} — analysis");
        page.Paragraph($"{Numbers.Count(a.Outcomes)} possible deals. The zone of agreement holds {Numbers.Count(a.ZoneOfAgreement)}: those every negotiator prefers to no deal and that would survive ratification. The Pareto frontier holds {Numbers.Count(a.Pareto.Length)}: no other deal is better for everyone at once.", "outcome");
        ParameterSettings.Summary(page, parameters);
        var (space, marks) = OutcomeSpaceChart.Create(tables, a, pair.X, pair.Y, run: null, subgamePerfect: true);
        page.Chart("outcome-space", "Every possible deal is a dot: green, in the zone of agreement; blue, would be ratified but is below some negotiator's reservation; grey, outside a ratifier's win-set. Hollow marks show what theory predicts.", space, marks);

        page.Heading("What theory predicts");
        var rows = new List<IReadOnlyList<string>>();
        void Row(string name, UtilityPoint? p, string? note = null) =>
            rows.Add([name, .. s.Negotiators.Select((_, i) => p is null ? "–" : Numbers.Utility(p.Utilities[i])), p is null ? note ?? "none: no deal is worth its reservation to every negotiator" : DealText.Inline(s.Space, p.Deal)]);
        Row("Nash", a.Nash);
        Row("Kalai–Smorodinsky", a.KalaiSmorodinsky);
        Row("maximum welfare", a.MaxWelfare);
        Row("Nash, ratifiable", a.NashRatifiable);
        Row("Kalai–Smorodinsky, ratifiable", a.KalaiSmorodinskyRatifiable);
        Row("maximum welfare, ratifiable", a.MaxWelfareRatifiable);
        Row(a.Equilibrium is { } e ? $"subgame-perfect (round {e.Round})" : "subgame-perfect", a.Equilibrium?.Agreement, !a.EquilibriumDefined ? "defined for two negotiators only" : a.EquilibriumNotWorkedOut ?? "none: no deal is reached");
        page.Table("theory", ["point", .. s.Negotiators.Select(n => $"worth to {n.Name}"), "deal"], rows);
        if (!a.WinSets.IsEmpty)
        {
            page.Table("win-sets", ["ratifier", "win-set (deals it would pass)", "share of all"], a.WinSets.Select(w => (IReadOnlyList<string>)[w.Ratifier, Numbers.Count(w.Size), $"{w.Share * 100:0.0}%"]));
        }

        page.Heading("The scenario as analysed");
        ParameterSettings.Table(page, parameters);
        using var json = new StringWriter();
        AnalysisWriter.WriteJson(json, s, a);
        page.Data("negosim-report", json.ToString());
        return page;
    }
}
