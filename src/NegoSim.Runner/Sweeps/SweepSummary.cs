using System.Globalization;
using NegoSim.Model.Protocol;
using NegoSim.Model.Sweeps;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// What a sweep found, built row by row in bounded memory: status counts and rates with 95 % Wilson intervals,
/// signature and ratification rates per grid cell (for one or two varied parameters), and for every term how often
/// each value was signed and how often ratified.
/// </summary>
public sealed class SweepSummary(SweepGrid grid, SweepColumns columns)
{
    private const int MaxCells = 400;
    private readonly Dictionary<long, SweepTally> _cells = [];
    private readonly long[][] _signed = [.. columns.Space.Terms.Select(t => new long[t.Count])];
    private readonly long[][] _ratified = [.. columns.Space.Terms.Select(t => new long[t.Count])];

    public SweepTally Total { get; } = new();

    /// <summary>Counts one run: its grid point, status (null for an error) and deal as value indices (null if unsigned).</summary>
    public void Add(long point, string? status, IReadOnlyList<int>? deal)
    {
        Total.Add(status);
        if (grid.Axes.Length is 1 or 2 && grid.Points <= MaxCells && !grid.IsSampled)
        {
            if (!_cells.TryGetValue(point, out var cell))
            {
                _cells[point] = cell = new SweepTally();
            }

            cell.Add(status);
        }

        if (deal is not null)
        {
            var ratified = status == "ratified";
            for (var i = 0; i < deal.Count; i++)
            {
                _signed[i][deal[i]]++;
                if (ratified)
                {
                    _ratified[i][deal[i]]++;
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

        foreach (var status in Enum.GetValues<OutcomeStatus>())
        {
            WriteRate(w, status.Name(), Total.Count(status.Name()), Total.Runs);
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
                WriteGrid(w);
            }
        }

        if (Total.Signed > 0)
        {
            w.WriteLine();
            w.WriteLine("terms in signed deals (how often each value was signed, and ratified):");
            for (var i = 0; i < columns.Terms.Length; i++)
            {
                var term = columns.Space.Terms[i];
                var values = Enumerable.Range(0, term.Count).Where(d => _signed[i][d] > 0).OrderByDescending(d => _signed[i][d]).ThenBy(d => d);
                w.WriteLine($"  {columns.Terms[i]}: " + string.Join(" · ", values.Select(d => $"{term.Label(d)} {_signed[i][d]:N0}/{_ratified[i][d]:N0}")));
            }
        }
    }

    private static void WriteRate(TextWriter w, string name, long count, long runs)
    {
        var (low, high) = Wilson.Interval95(count, runs);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-13} {count,10:N0}  {Percent(count, runs),6}  (95% CI {low * 100:0.0}–{high * 100:0.0}%)"));
    }

    private void WriteTable(TextWriter w)
    {
        var axis = grid.Axes[0];
        var width = Math.Max(axis.Name.Length, axis.Values.Max(v => v.Length));
        w.WriteLine($"  {axis.Name.PadRight(width)}  {"runs",8}  {"signed",7}  {"ratified",8}");
        for (var point = 0; point < axis.Values.Length; point++)
        {
            if (_cells.TryGetValue(point, out var cell))
            {
                w.WriteLine($"  {axis.Values[point].PadRight(width)}  {cell.Runs,8:N0}  {Percent(cell.Signed, cell.Runs),7}  {Percent(cell.Count("ratified"), cell.Runs),8}");
            }
        }
    }

    private void WriteGrid(TextWriter w)
    {
        var (rows, cols) = (grid.Axes[0], grid.Axes[1]);
        w.WriteLine($"  signed % / ratified %: rows {rows.Name}, columns {cols.Name}");
        var rowWidth = Math.Max(rows.Name.Length, rows.Values.Max(v => v.Length));
        const int cell = 11;
        w.WriteLine($"  {"".PadRight(rowWidth)}  " + string.Join("", cols.Values.Select(c => c.PadLeft(cell))));
        for (var r = 0; r < rows.Values.Length; r++)
        {
            var line = Enumerable.Range(0, cols.Values.Length).Select(c => _cells.TryGetValue(((long)r * cols.Values.Length) + c, out var t)
                ? $"{Whole(t.Signed, t.Runs)}/{Whole(t.Count("ratified"), t.Runs)}".PadLeft(cell)
                : "".PadLeft(cell));
            w.WriteLine($"  {rows.Values[r].PadRight(rowWidth)}  " + string.Join("", line));
        }
    }

    private static string Percent(long count, long runs) =>
        runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / runs:0.0}%");

    private static string Whole(long count, long runs) =>
        runs == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / runs:0}");
}
