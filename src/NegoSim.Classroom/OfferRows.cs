using System.Globalization;
using System.Text;
using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Classroom;

/// <summary>
/// Every offer made at every table, as CSV: table, seed, round, proposer, who played it (a student's name or
/// <c>strategy</c>), one column per term, the offer's worth to each negotiator, each answer, and how the table ended.
/// </summary>
public static class OfferRows
{
    public static string Csv(Scenario s, ClassSnapshot snapshot)
    {
        var csv = new StringBuilder();
        Row(csv, ["table", "seed", "round", "proposer", "played_by", .. s.Space.Terms.Select(t => t.Name), .. s.Negotiators.Select(n => $"worth_to_{n.Name}"), "answers", "table_outcome", "table_deal"]);
        foreach (var table in snapshot.Tables)
        {
            foreach (var round in table.Rounds.Where(r => r.Offer >= 0))
            {
                var digits = s.Space.Digits(round.Offer);
                Row(csv,
                [
                    Number(table.Table),
                    table.Seed.ToString(CultureInfo.InvariantCulture),
                    Number(round.Round),
                    round.Proposer,
                    table.StudentAt(round.Proposer) ?? "strategy",
                    .. s.Space.Terms.Select((t, i) => t.Label(digits[i])),
                    .. round.Utilities.Select(u => u.ToString("R", CultureInfo.InvariantCulture)),
                    string.Join("; ", round.Responses.Select(r => $"{r.Responder} {AlternatingOffers.VerdictName(r.Verdict)}")),
                    table.Result?.Status.Name() ?? "",
                    table.Result is { IsSigned: true } result ? s.Space.Describe(result.Deal) : "",
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
