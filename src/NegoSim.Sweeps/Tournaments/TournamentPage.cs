using System.Globalization;
using NegoSim.Reports.Html;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// The report of a tournament (<c>negosim tournament --report</c>): the ranking with each agent's mean utility and its
/// 95 % interval drawn and tabulated, and the agent × agent matrix as a heatmap and a table.
/// </summary>
public static class TournamentPage
{
    public static HtmlReport Create(TournamentResult result, TournamentOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var c = CultureInfo.InvariantCulture;
        var page = new HtmlReport("Tournament");
        page.Paragraph(string.Create(c, $"{result.Negotiations:N0} negotiations: {options.Agents.Length} agents, every pair in both roles (self-play included), on {options.Scenarios.Length} scenario(s), {options.Repetitions} run(s) each, master seed {options.Seed}."), "outcome");
        page.Chart("ranking", "Each agent's mean utility over every negotiation it played, with its 95% interval.", Ranking(result), result.Ranking.Length);
        page.Table(
            "ranking-table",
            ["rank", "agent", "utility", "95% interval", "agreement", "welfare", "to Pareto", "to Nash", "rounds"],
            result.Ranking.Select((s, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(c), s.Agent, F(s.Utility.Mean), $"{F(s.Utility.Low)}–{F(s.Utility.High)}", F(s.Agreement.Mean), F(s.Welfare.Mean), F(s.ParetoDistance.Mean), F(s.NashDistance.Mean), s.Rounds.Count == 0 ? "—" : s.Rounds.Mean.ToString("0.0", c),
            ]));
        page.Heading("Who does well against whom");
        page.Chart("matrix", "The row agent's mean utility against the column agent, in either role.", Matrix(result), result.Agents.Length * result.Agents.Length);
        page.Table(
            "matrix-table",
            ["agent \\ against", .. result.Agents],
            result.Agents.Select((a, i) => (IReadOnlyList<string>)[a, .. result.Agents.Select((_, j) => F(result.Matrix[i, j]))]));
        page.Paragraph("Agents: " + string.Join("; ", options.Agents.Select(a => $"{a.Name} = {string.Join(", ", a.Settings.Select(s => $"{s.Key}: {s.Value}"))}")) + ". Scenarios: " + string.Join(", ", options.Scenarios.Select(s => s.Name)) + ".");
        return page;
    }

    private static object Ranking(TournamentResult result) => new
    {
        width = 600,
        height = 30 + (24 * result.Ranking.Length),
        data = new { values = result.Ranking.Select(s => new { agent = s.Agent, mean = Round(s.Utility.Mean), low = Round(s.Utility.Low), high = Round(s.Utility.High) }) },
        encoding = new { y = new { field = "agent", type = "nominal", sort = result.Ranking.Select(s => s.Agent).ToArray(), title = (string?)null } },
        layer = new object[]
        {
            new { mark = new { type = "rule" }, encoding = new { x = new { field = "low", type = "quantitative", title = "mean utility", scale = new { zero = false } }, x2 = new { field = "high" } } },
            new { mark = new { type = "point", filled = true, size = 80 }, encoding = new { x = new { field = "mean", type = "quantitative" }, tooltip = new object[] { new { field = "agent", type = "nominal" }, new { field = "mean", type = "quantitative" }, new { field = "low", type = "quantitative" }, new { field = "high", type = "quantitative" } } } },
        },
    };

    private static object Matrix(TournamentResult result) => new
    {
        width = 60 * result.Agents.Length,
        height = 40 * result.Agents.Length,
        data = new { values = result.Agents.SelectMany((a, i) => result.Agents.Select((b, j) => new { agent = a, against = b, utility = Round(result.Matrix[i, j]) })) },
        mark = new { type = "rect" },
        encoding = new
        {
            x = new { field = "against", type = "nominal", sort = result.Agents.ToArray(), title = "against" },
            y = new { field = "agent", type = "nominal", sort = result.Agents.ToArray(), title = "agent" },
            color = new { field = "utility", type = "quantitative", scale = new { scheme = "viridis" }, title = "mean utility" },
            tooltip = new object[] { new { field = "agent", type = "nominal" }, new { field = "against", type = "nominal" }, new { field = "utility", type = "quantitative" } },
        },
    };

    private static double? Round(double x) => double.IsNaN(x) ? null : Math.Round(x, 4);

    private static string F(double x) => double.IsNaN(x) ? "—" : x.ToString("0.000", CultureInfo.InvariantCulture);
}
