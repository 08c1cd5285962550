using System.Globalization;
using System.Text;
using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Classroom;

/// <summary>
/// Every offer made at every table, as CSV: table, seed, round, proposer, who played it (a student's name,
/// <c>computer</c> when the computer moved for a student, or <c>strategy</c>), when a student's seat proposed it
/// (<c>proposed_at</c>, UTC; empty for a strategy's seat), one column per term, the offer's worth
/// to each negotiator, each answer, and how the table ended: its status, deal, round, what each negotiator ended with
/// (<c>end_utility_&lt;negotiator&gt;</c>, the reservation without a deal or when voted down) and each faction's yes
/// seats (<c>yes_&lt;ratifier&gt;_&lt;faction&gt;</c>, as in a sweep's rows; empty without a vote).
/// </summary>
public static class OfferRows
{
    public static string Csv(CompiledScenario file, ClassSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(snapshot);
        var s = file.Scenario;
        var factions = s.Ratifiers.SelectMany(r => r.Factions.Select(f => (Ratifier: r.Name, Faction: f.Name))).ToList();
        var csv = new StringBuilder();
        Row(csv,
        [
            "table", "seed", "round", "proposer", "played_by", "proposed_at", .. s.Space.Terms.Select(t => t.Name), .. s.Negotiators.Select(n => $"worth_to_{n.Name}"), "answers",
            "table_outcome", "table_deal", "table_round", .. s.Negotiators.Select(n => $"end_utility_{n.Name}"), .. factions.Select(f => $"yes_{f.Ratifier}_{f.Faction}"),
        ]);
        foreach (var table in snapshot.Tables)
        {
            var ending = table.Result is { } ended ? TableEnding.Utilities(file, ended, table.Stage) : default;
            var yes = factions.Select(f => table.Result?.Votes.LastOrDefault(v => v.Ratifier == f.Ratifier)?.Factions.FirstOrDefault(v => v.Name == f.Faction)?.Yes).ToList();
            foreach (var round in table.Rounds.Where(r => r.Offer >= 0))
            {
                var digits = s.Space.Digits(round.Offer);
                var move = table.Moves.IsDefault ? null : table.Moves.LastOrDefault(m => m.Seat == round.Proposer && m.Action.Kind == ActionKind.Propose && m.Action.Round == round.Round);
                Row(csv,
                [
                    Number(table.Table),
                    table.Seed.ToString(CultureInfo.InvariantCulture),
                    Number(round.Round),
                    round.Proposer,
                    table.StudentAt(round.Proposer) is { } student ? (move is { ByComputer: true } ? "computer" : student) : "strategy",
                    move?.At is { } at ? at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture) : "",
                    .. s.Space.Terms.Select((t, i) => t.Label(digits[i])),
                    .. round.Utilities.Select(u => u.ToString("R", CultureInfo.InvariantCulture)),
                    string.Join("; ", round.Responses.Select(r => $"{r.Responder} {AlternatingOffers.VerdictName(r.Verdict)}")),
                    table.Result?.Status.Name() ?? "",
                    table.Result is { IsSigned: true } result ? s.Space.Describe(result.Deal) : "",
                    table.Result is { IsSigned: true } signed ? Number(signed.Round) : "",
                    .. ending.IsDefault ? s.Negotiators.Select(_ => "") : ending.Select(u => u.ToString("R", CultureInfo.InvariantCulture)),
                    .. yes.Select(y => y is { } seats ? Number(seats) : ""),
                ]);
            }
        }

        return csv.ToString();
    }

    /// <summary>
    /// A cell as spreadsheets read it: quoted when it holds a comma, quote or line break; text a spreadsheet would take
    /// for a formula (a student's name starting with =, +, - or @) gets a leading apostrophe.
    /// </summary>
    private static string Cell(string cell)
    {
        if (cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return CsvText.Quote(cell);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append('\n');
    }
}
