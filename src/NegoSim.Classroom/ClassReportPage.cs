using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Reports;
using NegoSim.Reports.Html;

namespace NegoSim.Classroom;

/// <summary>
/// The class's report for the teacher: every ended table's agreement on one outcome-space picture, with the theory's
/// points; how many tables ended each way; and the deals by how many tables reached them.
/// </summary>
public static class ClassReportPage
{
    /// <param name="served">The classroom's scenario.</param>
    /// <param name="snapshot">The classroom now.</param>
    /// <param name="strategies">What the scenario's strategies reach from table 1's start (its seed), marked beside the tables; or null.</param>
    public static HtmlReport Create(ServedScenario served, ClassSnapshot snapshot, NegotiationResult? strategies = null)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(snapshot);
        var (file, analysis, pair) = (served.File, served.Analysis, served.Pair);
        var s = file.Scenario;
        var view = ClassView.From(served, snapshot);
        var ended = snapshot.Tables.Where(t => t.Result is not null).ToList();
        var page = new HtmlReport($"Classroom {snapshot.Classroom}: {s.Name}");
        page.Paragraph($"{Numbers.Count(view.Students)} students at {Numbers.Count(snapshot.Tables.Length)} tables; {Numbers.Count(ended.Count)} tables have ended"
            + (view.Statuses.Count == 0 ? "." : ": " + string.Join(", ", view.Statuses.Select(p => $"{p.Value} {p.Key}")) + "."), "outcome");

        page.Heading("Where the class's deals sit");
        var marked = ended.Select(t => new MarkedDeal($"table {t.Table}", t.Result!.Status.Name(), TableEnding.Utilities(file, t.Result, t.Stage), TableEnding.Holds(t.Result) ? t.Result.Deal : -1)).ToList();
        if (strategies is not null)
        {
            marked.Add(new MarkedDeal("the strategies", "what the strategies reach", TableEnding.Utilities(file, strategies, 0), TableEnding.Holds(strategies) ? strategies.Deal : -1));
        }

        var (space, marks) = OutcomeSpaceChart.Create(file.Tables, analysis, pair.X, pair.Y, run: null, subgamePerfect: true, marked);
        page.Chart("outcome-space", "Every possible deal is a dot; green dots every negotiator prefers to no deal and would survive ratification. Each labelled diamond is a table's outcome, coloured by how it ended (a table without a deal, or voted down, sits at the reservations); the strategies' mark is what the scenario's strategies reach on their own from the same start as table 1; the hollow marks are what theory predicts.", space, marks);

        page.Heading("The deals, by how many tables reached them");
        page.Table("deals", ["deal", "outcome", "tables"], view.Deals.Select(d => (IReadOnlyList<string>)[d.Deal, d.Status, Numbers.Count(d.Tables)]));

        page.Heading("Every table");
        page.Table("tables", ["table", "students", "where it is", "outcome", "deal", .. s.Negotiators.Select(n => $"worth to {n.Name}")], view.Tables.Select(t => (IReadOnlyList<string>)
        [
            Numbers.Count(t.Table),
            string.Join(", ", t.Seats.Where(h => h.Student is not null).Select(h => $"{h.Student} ({h.Seat})")),
            t.Phase == "ended" ? "ended" : $"{t.Phase}, round {t.Round}",
            t.Status ?? "",
            t.Deal ?? "",
            .. s.Negotiators.Select(n => t.Utilities is { } u ? Numbers.Utility(u[n.Name]) : ""),
        ]));
        return page;
    }
}
