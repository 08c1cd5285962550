using NegoSim.Sweeps.Rows;

namespace NegoSim.Cli.Tests.Reports.Html;

[Trait("Category", "Slow")]
[Collection(nameof(ChromiumCollection))]
public sealed class SweepReportTests(HeadlessChromium chromium)
{
    private static readonly string[] SignedStatuses = ["signed", "ratified", "not-ratified"];

    [Fact]
    public async Task Two_axes_give_heatmaps_whose_cells_hold_the_shares_counted_from_the_rows()
    {
        var (csv, html) = (Temp("grid.csv"), Temp("grid.html"));
        var (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "guarantee_weight=0:0.25:1", "--vary", "reimbursement_demand=0,250,500", "--out", csv, "--force", "--report", html);
        Assert.True(exit == 0, error);
        var rows = Rows(csv);

        Assert.Equal(6, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        // Each cell's share, counted from its rows; a measure the same in all 15 cells is one sentence saying so.
        var cells = rows.GroupBy(r => (r["guarantee_weight"], r["reimbursement_demand"])).ToList();
        Assert.Equal(15, cells.Count);
        foreach (var (measure, counted) in new (string, Func<Dictionary<string, string>, bool>)[] { ("signed", r => SignedStatuses.Contains(r["status"])), ("ratified", r => r["status"] == "ratified") })
        {
            var shares = cells.ToDictionary(c => c.Key, c => (double)c.Count(counted) / c.Count());
            var drawn = chromium.Items("heatmaps", $"{measure}_marks");
            if (shares.Values.Distinct().Count() == 1)
            {
                var note = Assert.Single(drawn);
                Assert.Equal(FormattableString.Invariant($"{shares.Values.First() * 100:0.0}% in every cell"), note.GetProperty("text").GetString());
                Assert.Equal(rows.Count, note.GetProperty("runs").GetInt32());
                continue;
            }

            Assert.Equal(15, drawn.Count);
            foreach (var cell in drawn)
            {
                var key = (cell.GetProperty("row").GetString()!, cell.GetProperty("column").GetString()!);
                Assert.Equal(cells.Single(c => c.Key == key).Count(), cell.GetProperty("runs").GetInt32());
                Assert.Equal(shares[key], cell.GetProperty(measure).GetDouble(), 4);
            }
        }

        // Along an axis, each value's shares are those of its runs over every value of the other axis.
        foreach (var bar in chromium.Items("outcomes-along-2", "outcomes_marks"))
        {
            var runs = rows.Where(r => r["reimbursement_demand"] == bar.GetProperty("bin").GetString()).ToList();
            Assert.Equal(runs.Count(r => r["status"] == bar.GetProperty("status").GetString()), bar.GetProperty("runs").GetInt32());
        }

        // Term survival: how many signed deals held each value, as the rows say.
        foreach (var bar in chromium.Items("terms", "values_marks").Where(b => b.GetProperty("series").GetString() == "signed"))
        {
            var term = bar.GetProperty("term").GetString()!;
            Assert.Equal(rows.Count(r => SignedStatuses.Contains(r["status"]) && r[term] == bar.GetProperty("value").GetString()), bar.GetProperty("runs").GetInt32());
        }

        chromium.Screenshot("sweep-report-flagship-grid");
        Delete(csv, html);
    }

    [Fact]
    public async Task One_axis_with_chance_gives_the_outcome_shares_along_it_and_no_heatmap()
    {
        var (csv, html) = (Temp("line.csv"), Temp("line.html"));
        var tiedHands = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml");
        var (exit, _, error) = await Cli.Run("sweep", tiedHands, "--vary", "rada_demand=0.5,0.7,0.9", "--runs", "20", "--out", csv, "--force", "--report", html);
        Assert.True(exit == 0, error);
        var rows = Rows(csv);

        Assert.Equal(3, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        var bars = chromium.Items("outcomes-along-1", "outcomes_marks");
        foreach (var value in new[] { "0.5", "0.7", "0.9" })
        {
            var at = bars.Where(b => b.GetProperty("bin").GetString() == value).ToList();
            Assert.Equal(1.0, at.Sum(b => b.GetProperty("share").GetDouble()), 6);
            foreach (var bar in at)
            {
                Assert.Equal(rows.Count(r => r["rada_demand"] == value && r["status"] == bar.GetProperty("status").GetString()), bar.GetProperty("runs").GetInt32());
            }
        }

        Assert.Equal(0L, chromium.Script<long>("return document.querySelectorAll('#heatmaps').length;"));
        Delete(csv, html);
    }

    [Fact]
    public async Task A_million_run_sweep_makes_a_report_under_5_MB_that_draws()
    {
        var (csv, html) = (Temp("million.csv"), Temp("million.html"));
        var bench = Path.Combine(Cli.RepoRoot, "bench", "scenarios", "sweep-benchmark.yaml");
        var (exit, _, error) = await Cli.Run("sweep", bench, "--vary", "pressure=0.3,0.4,0.5,0.6", "--vary", "hawkishness=0.2,0.4,0.6,0.8,1", "--runs", "50000", "--engine", "direct", "--out", csv, "--force", "--report", html);
        Assert.True(exit == 0, error);

        Assert.True(new FileInfo(html).Length < 5_000_000, $"{new FileInfo(html).Length:N0} bytes");
        Assert.Equal(6, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        Assert.Equal(1_000_000L, chromium.Items("heatmaps", "signed_marks").Sum(c => c.GetProperty("runs").GetInt64()));
        Delete(csv, html);
    }

    [Fact]
    public async Task A_report_path_that_cannot_be_written_is_refused_before_anything_runs()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"reports-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "rows.csv");

        var (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "guarantee_weight=0,1", "--out", csv, "--report", folder);
        Assert.Equal(2, exit);
        Assert.Contains($"--report {folder}: that is a folder", error);
        (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "guarantee_weight=0,1", "--out", csv, "--report", Path.Combine(folder, "missing", "r.html"));
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", error);
        (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "guarantee_weight=0,1", "--out", csv, "--report", csv + ".json");
        Assert.Equal(2, exit);
        Assert.Contains("that is a file this command reads or writes", error);
        Assert.Empty(Directory.GetFiles(folder));
        Directory.Delete(folder);
    }

    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{name}");

    private static void Delete(params string[] files)
    {
        foreach (var file in files.SelectMany(f => new[] { f, f + ".json" }))
        {
            File.Delete(file);
        }
    }

    /// <summary>The rows of a CSV sweep file, each as column name → text.</summary>
    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var header = SweepRecord.CsvCells(lines[0]);
        return [.. lines.Skip(1).Select(l => header.Zip(SweepRecord.CsvCells(l)).ToDictionary(p => p.First, p => p.Second))];
    }
}
