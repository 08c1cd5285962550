using System.Globalization;
using System.Text.Json;
using NegoSim.Model;

namespace NegoSim.Sweeps.Rows;

/// <summary>
/// A sweep's rows read back whole, by column name: what <c>negosim sensitivity</c> and <c>negosim discover</c> analyse.
/// Reads CSV (a header line) and JSON Lines (the first row's keys).
/// </summary>
public sealed class SweepTable
{
    private readonly Dictionary<string, int> _columns;

    private SweepTable(string file, IReadOnlyList<string> names, List<string[]> rows)
    {
        File = file;
        Names = names;
        Rows = rows;
        _columns = names.Select((n, i) => (n, i)).GroupBy(c => c.n).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
    }

    public string File { get; }

    /// <summary>The columns, in the file's order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every row's cells, in the columns' order (an empty cell for a blank or a JSON null).</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <exception cref="InputException">The file is missing, empty, or not a sweep's rows; the message says where.</exception>
    public static SweepTable Read(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!System.IO.File.Exists(file))
        {
            throw new InputException($"{file}: no such file.");
        }

        using var reader = new StreamReader(file);
        var first = reader.ReadLine() ?? throw new InputException($"{file}: the file is empty; expected a sweep's rows (CSV with a header, or JSON Lines).");
        var json = first.TrimStart().StartsWith('{');
        string[] names;
        var rows = new List<string[]>();
        if (json)
        {
            names = [.. Parse(file, first, 1).Select(p => p.Name)];
            rows.Add(Cells(file, first, 1, names));
        }
        else
        {
            names = SweepRecord.CsvCells(first);
        }

        var line = 1L;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var cells = json ? Cells(file, text, line, names) : SweepRecord.CsvCells(text);
            if (cells.Length != names.Length)
            {
                throw new InputException($"{file}:{line}: {cells.Length} fields where the header has {names.Length}; the row is cut or not a row of this sweep.");
            }

            rows.Add(cells);
        }

        return new SweepTable(file, names, rows);
    }

    /// <summary>The index of column <paramref name="name"/>, or −1.</summary>
    public int IndexOf(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Cell <paramref name="column"/> of row <paramref name="row"/> as a number (true/false as 1/0), or null if it is not one.</summary>
    public double? Number(int row, int column)
    {
        var text = Rows[row][column];
        return text switch
        {
            "true" => 1,
            "false" => 0,
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null,
        };
    }

    private static List<JsonProperty> Parse(string file, string text, long line)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? [.. document.RootElement.Clone().EnumerateObject()]
                : throw new InputException($"{file}:{line}: not a JSON object; expected a sweep's rows.");
        }
        catch (JsonException e)
        {
            throw new InputException($"{file}:{line}: not JSON ({e.Message.ReplaceLineEndings(" ")}); expected a sweep's rows.");
        }
    }

    private static string[] Cells(string file, string text, long line, string[] names)
    {
        var properties = Parse(file, text, line).ToDictionary(p => p.Name, p => SweepRecord.Text(p.Value), StringComparer.Ordinal);
        return [.. names.Select(n => properties.TryGetValue(n, out var v) ? v : "")];
    }
}
