using System.Text.Json;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Rows;

/// <summary>A row read back from an output file (to resume it): its run index, status, deal terms, round and utilities.</summary>
public sealed record SweepRecord(long Run, string? Status, string[] Terms, int Round = 0, double[]? Utilities = null)
{
    /// <summary>The deal as its outcome's index in <paramref name="space"/>; −1 if unsigned or a value is unknown.</summary>
    public int DealIn(OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (!TryStatus(out var status) || status is not (OutcomeStatus.Signed or OutcomeStatus.Ratified or OutcomeStatus.NotRatified) || Terms.Length != space.Terms.Length)
        {
            return -1;
        }

        Span<int> digits = stackalloc int[Terms.Length];
        for (var i = 0; i < Terms.Length; i++)
        {
            if (!space.Terms[i].TryIndexOf(Terms[i], out digits[i]))
            {
                return -1;
            }
        }

        return space.Compose(digits);
    }

    /// <summary>The row's status: null for an error row; false if the text names no status.</summary>
    public bool TryStatus(out OutcomeStatus? status)
    {
        status = OutcomeStatusNames.TryParse(Status, out var known) ? known : null;
        return Status is null || status is not null;
    }

    /// <summary>Reads one line (without its newline) of a sweep file in <paramref name="format"/>.</summary>
    public static SweepRecord Parse(string line, string format, SweepColumns columns)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(columns);
        string[] cells;
        if (format == "csv")
        {
            cells = CsvCells(line);
        }
        else
        {
            using var json = JsonDocument.Parse(line);
            cells = [.. columns.Names.Select(n => json.RootElement.TryGetProperty(n, out var v) ? Text(v) : "")];
        }

        var axes = columns.Axes.Length;
        var status = cells[2 + axes];
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var utilities = cells[(4 + axes + columns.Terms.Length)..(4 + axes + columns.Terms.Length + columns.Negotiators.Length)];
        return new SweepRecord(
            long.Parse(cells[0], c),
            status.Length == 0 || status == "error" ? null : status,
            cells[(4 + axes)..(4 + axes + columns.Terms.Length)],
            int.TryParse(cells[3 + axes], System.Globalization.NumberStyles.None, c, out var round) ? round : 0,
            Numbers(utilities));
    }

    /// <summary>The utilities as numbers, or null if any cell is empty or not a number (an error row).</summary>
    private static double[]? Numbers(string[] cells)
    {
        var numbers = new double[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            if (!double.TryParse(cells[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    internal static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "",
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };

    /// <summary>The fields of an RFC 4180 line.</summary>
    public static string[] CsvCells(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
