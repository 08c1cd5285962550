using System.Globalization;
using NegoSim.Model.Protocol;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>
/// What a sweep found, built row by row in bounded memory: status counts and rates with 95 % Wilson intervals,
/// signature and ratification rates per grid cell (for one or two varied parameters), and for every term how often
/// each value was signed and how often ratified, with each cell's mean round and mean utilities.
/// </summary>
/// <param name="grid">The sweep's grid.</param>
/// <param name="columns">The sweep's columns: its terms and negotiators.</param>
/// <param name="chance">
/// Whether the scenario draws on chance (a faction's discipline below 1): if not, a point's runs are one run
/// repeated, and intervals count points, not runs.
/// </param>
public sealed class SweepSummary(SweepGrid grid, SweepColumns columns, bool chance = true)
{
    private const int MaxCells = 400;
    private readonly Dictionary<long, SweepTally> _cells = [];
    private readonly long[][] _signed = [.. columns.Space.Terms.Select(t => new long[t.Count])];
    private readonly long[][] _ratified = [.. columns.Space.Terms.Select(t => new long[t.Count])];

    public SweepTally Total { get; } = new();

    /// <summary>The runs by bins of the axes, for the charts of a report; null when no report is asked for.</summary>
    public SweepBins? Bins { get; init; }

    /// <summary>True if every run of a point repeats its first: the scenario has no chance and points have several runs.</summary>
    public bool Repeated => !chance && grid.RunsPerPoint > 1;

    /// <summary>How many signed deals gave term <paramref name="term"/> its value <paramref name="value"/>, and how many of them were ratified.</summary>
    public (long Signed, long Ratified) Term(int term, int value) => (_signed[term][value], _ratified[term][value]);

    /// <summary>
    /// The 95 % Wilson interval of a share of <paramref name="count"/> runs out of <paramref name="runs"/>; without chance
    /// (<see cref="Repeated"/>) over the points, since a point's runs are one outcome repeated.
    /// </summary>
    public (double Low, double High) Interval(long count, long runs) =>
        Repeated ? Wilson.Interval95(count / grid.RunsPerPoint, runs / grid.RunsPerPoint) : Wilson.Interval95(count, runs);

    /// <summary>
    /// Counts one run: its grid point, status (null for an error row), deal (its outcome's index in the sweep's
    /// outcome space, −1 if unsigned), round of signature and each negotiator's utility (none for an error row).
    /// </summary>
    public void Add(long point, OutcomeStatus? status, int deal, int round, ReadOnlySpan<double> utilities)
    {
        Total.Add(status, round, utilities);
        Bins?.Add(point, status, round, utilities);
        if (grid.Axes.Length is 1 or 2 && grid.Points <= MaxCells && !grid.IsSampled)
        {
            if (!_cells.TryGetValue(point, out var cell))
            {
                _cells[point] = cell = new SweepTally();
            }

            cell.Add(status, round, utilities);
        }

        if (deal >= 0)
        {
            var ratified = status == OutcomeStatus.Ratified;
            for (var i = 0; i < _signed.Length; i++)
            {
                var value = columns.Space.Digit(deal, i);
                _signed[i][value]++;
                if (ratified)
                {
                    _ratified[i][value]++;
                }
            }
        }
    }

    public void Write(TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteLine($"{Total.Runs:N0} runs");
        if (grid.IsSampled)
        {
            w.WriteLine($"over {grid.Points:N0} points drawn by Latin hypercube from {string.Join(", ", grid.Axes.Select(a => $"{a.Name}~{a.Distribution}"))}:");
            w.WriteLine("each status's share is its probability over that box (with a 95% interval for the sampling error).");
        }

        if (Repeated)
        {
            w.WriteLine($"note: this scenario draws on no chance (every faction's discipline is 1), so the {grid.RunsPerPoint} runs of a point");
            w.WriteLine("are one run repeated: the 95% intervals count grid points, not runs (--runs 1 gives the same).");
        }

        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            WriteRate(w, status.Name(), Total.Count(status), Total.Runs);
        }

        if (Total.Errors > 0)
        {
            WriteRate(w, "error", Total.Errors, Total.Runs);
        }

        WriteRate(w, "signed (any)", Total.Signed, Total.Runs);
        if (_cells.Count > 0)
        {
            w.WriteLine();
            if (grid.Axes.Length == 1)
            {
                WriteTable(w);
            }
            else
            {
                WriteGrids(w);
            }
        }
        else if (grid.Axes.Length is 1 or 2 && !grid.IsSampled && grid.Points > MaxCells)
        {
            w.WriteLine();
            w.WriteLine($"(the table by grid point is shown up to {MaxCells} points, 20 × 20; this grid has {grid.Points:N0}: every run is in the rows written, one per line)");
        }

        if (Total.Signed > 0)
        {
            var voted = Total.Voted > 0;
            w.WriteLine();
            w.WriteLine(voted
                ? "terms in signed deals (how often each value was signed, and ratified):"
                : "terms in signed deals (how often each value was signed; no deal needed ratification, so –):");
            for (var i = 0; i < columns.Terms.Length; i++)
            {
                var term = columns.Space.Terms[i];
                var values = Enumerable.Range(0, term.Count).Where(d => _signed[i][d] > 0).OrderByDescending(d => _signed[i][d]).ThenBy(d => d);
                w.WriteLine($"  {columns.Terms[i]}: " + string.Join(" · ", values.Select(d => $"{term.Label(d)} {_signed[i][d]:N0}/{(voted ? _ratified[i][d].ToString("N0", CultureInfo.InvariantCulture) : "–")}")));
            }
        }
    }

    private void WriteRate(TextWriter w, string name, long count, long runs)
    {
        var (low, high) = Interval(count, runs);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-13} {count,10:N0}  {Percent(count, runs),6}  (95% CI {low * 100:0.0}–{high * 100:0.0}%)"));
    }

    private void WriteTable(TextWriter w)
    {
        var axis = grid.Axes[0];
        var width = Math.Max(axis.Name.Length, axis.Values.Max(v => v.Length));
        var negotiators = columns.Negotiators;
        w.WriteLine($"  {axis.Name.PadRight(width)}  {"runs",8}  {"signed",7}  {"ratified",8}  {"round",5}" + string.Concat(negotiators.Select(n => $"  {n,8}")));
        for (var point = 0; point < axis.Values.Length; point++)
        {
            if (_cells.TryGetValue(point, out var cell))
            {
                var utilities = string.Concat(negotiators.Select((n, i) => $"  {Mean(cell.MeanUtility(i), "0.00").PadLeft(Math.Max(8, n.Length))}"));
                w.WriteLine($"  {axis.Values[point].PadRight(width)}  {cell.Runs,8:N0}  {Percent(cell.Signed, cell.Runs),7}  {Ratified(cell, Percent),8}  {Mean(cell.MeanRound, "0.0"),5}{utilities}");
            }
        }

        w.WriteLine($"  (round: mean round of signature; {string.Join(", ", negotiators)}: mean utility, a party's reservation where no deal held)");
    }

    private void WriteGrids(TextWriter w)
    {
        var (rows, cols) = (grid.Axes[0], grid.Axes[1]);
        WriteGrid(w, $"signed % / ratified %: rows {rows.Name}, columns {cols.Name}", t => $"{Whole(t.Signed, t.Runs)}/{Ratified(t, Whole)}");
        WriteGrid(w, "mean round of signature", t => Mean(t.MeanRound, "0.0"));
        for (var i = 0; i < columns.Negotiators.Length; i++)
        {
            var index = i;
            WriteGrid(w, $"mean utility of {columns.Negotiators[i]}", t => Mean(t.MeanUtility(index), "0.00"));
        }
    }

    private void WriteGrid(TextWriter w, string title, Func<SweepTally, string> text)
    {
        var (rows, cols) = (grid.Axes[0], grid.Axes[1]);
        w.WriteLine($"  {title}");
        var rowWidth = Math.Max(rows.Name.Length, rows.Values.Max(v => v.Length));
        const int cell = 11;
        w.WriteLine($"  {"".PadRight(rowWidth)}  " + string.Join("", cols.Values.Select(c => c.PadLeft(cell))));
        for (var r = 0; r < rows.Values.Length; r++)
        {
            var line = Enumerable.Range(0, cols.Values.Length).Select(c => _cells.TryGetValue(((long)r * cols.Values.Length) + c, out var t)
                ? text(t).PadLeft(cell)
                : "".PadLeft(cell));
            w.WriteLine($"  {rows.Values[r].PadRight(rowWidth)}  " + string.Join("", line));
        }
    }

    /// <summary>A cell's ratified share, or – when none of its runs went to a vote (no ratification was needed).</summary>
    private static string Ratified(SweepTally cell, Func<long, long, string> share) =>
        cell.Voted == 0 ? "–" : share(cell.Count(OutcomeStatus.Ratified), cell.Runs);

    private static string Mean(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    /// <summary>A share as the summary writes it: "97.6%", or – of no runs.</summary>
    public static string Percent(long count, long runs) =>
        runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / runs:0.0}%");

    private static string Whole(long count, long runs) =>
        runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / runs:0}");
}
