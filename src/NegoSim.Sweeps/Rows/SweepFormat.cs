using System.Globalization;
using System.Text;
using System.Text.Json;
using NegoSim.Model.Protocol;
using NegoSim.Reports;
using NegoSim.Reports.Json;

namespace NegoSim.Sweeps.Rows;

/// <summary>Writes sweep rows as CSV (RFC 4180, a header line) or JSON Lines; one line per run, no line ever split.</summary>
public abstract class SweepFormat(SweepColumns columns)
{
    public SweepColumns Columns { get; } = columns;

    public abstract string Name { get; }

    /// <summary>The first line of a file, or null if the format has none.</summary>
    public abstract string? Header { get; }

    /// <summary>Appends the line (with its newline) of one run: a result, or an error.</summary>
    public abstract void Append(StringBuilder line, RunOutcome run);

    /// <summary>Utilities and distances to six decimals: far below any difference the model can make, and they read cleanly.</summary>
    protected static double Rounded(double value) => Math.Round(value, 6);

    public static SweepFormat Create(string name, SweepColumns columns) => name switch
    {
        "csv" => new Csv(columns),
        "jsonl" => new Jsonl(columns),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "csv or jsonl"),
    };

    /// <summary>Faction <paramref name="index"/>'s yes votes on the final text (0 when it did not vote).</summary>
    protected static int FactionYes(RunSummary result, int index) => result.FactionYes.IsDefault || index >= result.FactionYes.Length ? 0 : result.FactionYes[index];

    /// <summary>The run's status, or <c>error</c> for a run that could not be played (its reason in the error column).</summary>
    protected static string? StatusOf(RunOutcome run) => run.Result?.Status.Name() ?? (run.Error is null ? null : "error");

    /// <summary>The cells of a row in column order: strings, numbers, or null for empty.</summary>
    protected IEnumerable<object?> Cells(RunOutcome run)
    {
        yield return run.Run;
        yield return run.Seed;
        foreach (var value in run.AxisValues)
        {
            yield return JsonValue.Of(value);
        }

        var result = run.Result;
        yield return StatusOf(run);
        yield return result is null ? null : result.IsSigned ? result.Round : 0;
        var space = Columns.Space;
        for (var i = 0; i < Columns.Terms.Length; i++)
        {
            yield return result is { IsSigned: true } ? space.Terms[i].Value(space.Digit(result.Deal, i)) : null;
        }

        for (var i = 0; i < Columns.Negotiators.Length; i++)
        {
            yield return result is null ? null : Rounded(result.Utilities[i]);
        }

        yield return run.NashDistance is { } nash ? Rounded(nash) : null;
        yield return run.ParetoDistance is { } pareto ? Rounded(pareto) : null;
        yield return run.NashRatifiableDistance is { } ratifiable ? Rounded(ratifiable) : null;

        yield return result is null ? null : result.RatificationRequired ? result.Yes : 0;
        yield return result is null ? null : result.RatificationRequired ? result.No : 0;
        yield return result?.Votes;
        yield return result?.FailedVotes;
        yield return run.Point;
        yield return result?.RatificationRequired;
        for (var i = 0; i < Columns.FactionCount; i++)
        {
            yield return result is null ? null : FactionYes(result, i);
        }

        yield return run.Error;
    }

    private sealed class Csv(SweepColumns columns) : SweepFormat(columns)
    {
        public override string Name => "csv";

        public override string? Header => string.Join(',', Columns.Names.Select(Quote));

        public override void Append(StringBuilder line, RunOutcome run)
        {
            var c = CultureInfo.InvariantCulture;
            line.Append(run.Run.ToString(c)).Append(',').Append(run.Seed.ToString(c));
            foreach (var value in run.AxisValues)
            {
                line.Append(',').Append(Quote(value));
            }

            var result = run.Result;
            line.Append(',').Append(StatusOf(run)).Append(',');
            if (result is not null)
            {
                line.Append(result.IsSigned ? result.Round.ToString(c) : "0");
            }

            var space = Columns.Space;
            for (var i = 0; i < Columns.Terms.Length; i++)
            {
                line.Append(',');
                if (result is { IsSigned: true })
                {
                    line.Append(Quote(space.Terms[i].Label(space.Digit(result.Deal, i))));
                }
            }

            for (var i = 0; i < Columns.Negotiators.Length; i++)
            {
                line.Append(',');
                if (result is not null)
                {
                    line.Append(Rounded(result.Utilities[i]).ToString("R", c));
                }
            }

            line.Append(',').Append(run.NashDistance is { } nash ? Rounded(nash).ToString("R", c) : "");
            line.Append(',').Append(run.ParetoDistance is { } pareto ? Rounded(pareto).ToString("R", c) : "");
            line.Append(',').Append(run.NashRatifiableDistance is { } ratifiable ? Rounded(ratifiable).ToString("R", c) : "");

            line.Append(',');
            if (result is not null)
            {
                var (yes, no) = result.RatificationRequired ? (result.Yes, result.No) : (0, 0);
                line.Append(yes.ToString(c)).Append(',').Append(no.ToString(c)).Append(',')
                    .Append(result.Votes.ToString(c)).Append(',').Append(result.FailedVotes.ToString(c));
            }
            else
            {
                line.Append(",,,");
            }

            line.Append(',').Append(run.Point.ToString(c)).Append(',');
            if (result is not null)
            {
                line.Append(result.RatificationRequired ? "true" : "false");
            }

            for (var i = 0; i < Columns.FactionCount; i++)
            {
                line.Append(',');
                if (result is not null)
                {
                    line.Append(FactionYes(result, i).ToString(c));
                }
            }

            line.Append(',').Append(run.Error is null ? "" : Quote(run.Error)).Append('\n');
        }

        private static string Quote(string text) => CsvText.Quote(text);
    }

    private sealed class Jsonl(SweepColumns columns) : SweepFormat(columns)
    {
        public override string Name => "jsonl";

        public override string? Header => null;

        public override void Append(StringBuilder line, RunOutcome run)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                foreach (var (name, cell) in Columns.Names.Zip(Cells(run)))
                {
                    json.WritePropertyName(name);
                    JsonSerializer.Serialize(json, cell);
                }

                json.WriteEndObject();
            }

            line.Append(Encoding.UTF8.GetString(buffer.ToArray())).Append('\n');
        }
    }
}
