using System.Globalization;
using System.Text.Json;
using NegoSim.Model;

namespace NegoSim.Sweeps.Rows;

/// <summary>
/// The rows of a sweep's file read back, each checked against the sweep's run order: whole (every field there), the
/// next run index (none missing, repeated or out of order) and the seed its point's values and repetition derive from
/// the master seed.
/// Used before a file is resumed or merged, so neither ever builds on a row that is not what the sweep wrote.
/// </summary>
/// <param name="order">The sweep's runs and their seeds.</param>
/// <param name="axes">The names of the axis columns (the point's values, which its seeds come from).</param>
/// <param name="format">csv or jsonl.</param>
/// <param name="file">The file's name, for errors.</param>
/// <param name="fields">How many fields a CSV row has.</param>
/// <param name="remedy">What an error adds: what the user can do.</param>
public sealed class RowOrderCheck(RunOrder order, IReadOnlyList<string> axes, string format, string file, int fields, string remedy)
{
    /// <summary>How many rows have passed.</summary>
    public long Count { get; private set; }

    /// <summary>Checks the next row, line <paramref name="lineNumber"/> of the file (without its newline).</summary>
    /// <exception cref="InputException">The row is not the one this sweep writes there; the message says why.</exception>
    public void Check(string line, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (run, seed, values) = format == "csv" ? Csv(line, lineNumber) : Json(line, lineNumber);
        if (Count >= order.Runs)
        {
            throw Refused(lineNumber, $"a row past the last of this sweep's {order.Runs:N0} runs");
        }

        var expected = order.RunAt(Count);
        if (run != expected)
        {
            throw Refused(lineNumber, $"run {run} where run {expected} belongs: rows are missing, repeated or out of order");
        }

        if (seed != order.SeedOf(run, values))
        {
            throw Refused(lineNumber, $"run {run} has seed {seed}, but master seed {order.MasterSeed} gives it {order.SeedOf(run, values)}");
        }

        Count++;
    }

    /// <summary>Checks that every run of the sweep was there.</summary>
    public void CheckComplete()
    {
        if (Count != order.Runs)
        {
            throw new InputException($"{file}: {Count:N0} rows of the sweep's {order.Runs:N0}: the file is incomplete{remedy}.");
        }
    }

    private (long Run, ulong Seed, string[] Values) Csv(string line, long lineNumber)
    {
        var cells = SweepRecord.CsvCells(line);
        if (cells.Length != fields)
        {
            throw Refused(lineNumber, $"{cells.Length} fields where the header has {fields}: the row is cut or not a row of this sweep");
        }

        return (Index(cells[0], "run", lineNumber), Seed(cells[1], lineNumber), cells[2..(2 + axes.Count)]);
    }

    private (long Run, ulong Seed, string[] Values) Json(string line, long lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var row = json.RootElement;
            if (row.ValueKind == JsonValueKind.Object
                && row.TryGetProperty("run", out var run) && run.TryGetInt64(out var r)
                && row.TryGetProperty("seed", out var seed) && seed.TryGetUInt64(out var s))
            {
                return (r, s, [.. axes.Select(a => row.TryGetProperty(a, out var v) ? SweepRecord.Text(v) : "")]);
            }
        }
        catch (JsonException)
        {
            // Reported below as a row that is not one.
        }

        throw Refused(lineNumber, "not a JSON object with a run and a seed: the row is cut or not a row of this sweep");
    }

    private long Index(string text, string what, long lineNumber) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Refused(lineNumber, $"the {what} index '{Shown(text)}' is not a number: not a row of this sweep");

    private ulong Seed(string text, long lineNumber) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Refused(lineNumber, $"the seed '{Shown(text)}' is not a number: not a row of this sweep");

    private InputException Refused(long lineNumber, string what) => new($"{file}:{lineNumber}: {what}{remedy}.");

    private static string Shown(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
