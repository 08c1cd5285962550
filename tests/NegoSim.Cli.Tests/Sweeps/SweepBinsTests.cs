using NegoSim.Model.Protocol;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Report;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Cli.Tests.Sweeps;

public sealed class SweepBinsTests
{
    [Fact]
    public void Few_values_keep_a_bin_each_many_are_pooled_into_runs_of_neighbours_in_order()
    {
        var few = AxisBins.OfValues("a", ["0", "0.5", "1"], 200);
        Assert.Equal(["0", "0.5", "1"], few.Labels);
        Assert.False(few.IsPooled);
        Assert.Equal([-0.25, 0.25, 0.75], few.Low!);
        Assert.Equal([0.25, 0.75, 1.25], few.High!);

        var values = Enumerable.Range(0, 1001).Select(i => (i / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var many = AxisBins.OfValues("a", values, 60);
        Assert.Equal(60, many.Count);
        Assert.True(many.IsPooled);
        var bins = Enumerable.Range(0, values.Length).Select(many.BinOfIndex).ToArray();
        Assert.Equal(0, bins[0]);
        Assert.Equal(59, bins[^1]);
        Assert.True(bins.Zip(bins.Skip(1)).All(p => p.Second - p.First is 0 or 1), "neighbouring values share a bin or sit in neighbouring bins");
        Assert.Equal("0–0.016", many.Labels[0]);

        var words = AxisBins.OfValues("strategy", ["conceder", "boulware"], 200);
        Assert.False(words.IsNumeric);
    }

    [Fact]
    public void A_sampled_axis_is_cut_into_equal_parts_of_its_range()
    {
        var bins = AxisBins.OfRange("p", ["0.2", "0.6", "1.0", "0.4"], 4);

        Assert.Equal([0.2, 0.4, 0.6, 0.8], bins.Low!.Select(x => Math.Round(x, 9)));
        Assert.Equal(0, bins.BinOfValue(0.2));
        Assert.Equal(1, bins.BinOfValue(0.5));
        Assert.Equal(3, bins.BinOfValue(1.0));
    }

    [Fact]
    public void Every_run_is_counted_once_along_each_axis_and_once_across_and_a_million_point_grid_makes_a_page_under_5_MB()
    {
        var axis = (string name) => new VaryAxis(name, [.. Enumerable.Range(0, 1000).Select(i => (i / 1000.0).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var grid = SweepGrid.Create([axis("a"), axis("b")], 1);
        var scenario = Cli.Load(Cli.Flagship).Scenario;
        var columns = SweepColumns.For(["a", "b"], scenario);
        var summary = new SweepSummary(grid, columns) { Bins = new SweepBins(grid) };
        OutcomeStatus[] statuses = [OutcomeStatus.Ratified, OutcomeStatus.Signed, OutcomeStatus.NotRatified, OutcomeStatus.NoAgreement];
        var signed = columns.Space.Compose([0, 1, 2, 0, 1, 0]);
        for (var point = 0L; point < grid.Points; point++)
        {
            summary.Add(point, statuses[point % 4], point % 4 == 3 ? -1 : signed, (int)(point % 12) + 1, [0.25, 0.75]);
        }

        var bins = summary.Bins!;
        for (var a = 0; a < 2; a++)
        {
            Assert.Equal(200, bins.Along[a].Count);
            Assert.Equal(1_000_000, Enumerable.Range(0, 200).Sum(b => bins.AlongAt(a, b).Runs));
        }

        var (rows, cols) = bins.Across!.Value;
        Assert.Equal((60, 60), (rows.Count, cols.Count));
        var cells = Enumerable.Range(0, 60).SelectMany(r => Enumerable.Range(0, 60).Select(c => bins.AcrossAt(r, c)!)).ToList();
        Assert.Equal(1_000_000, cells.Sum(t => t.Runs));
        Assert.All(cells, t => Assert.Equal(0.25, t.MeanUtility(0)!.Value, 9));

        var manifest = new SweepManifest
        {
            NegosimVersion = "test",
            ScenarioFile = Cli.Flagship,
            ScenarioSha256 = new string('0', 64),
            ScenarioName = scenario.Name,
            Command = ["negosim", "sweep"],
            Sets = [],
            MasterSeed = 0,
            RunsPerPoint = 1,
            Grid = [.. grid.Axes.Select(x => new ManifestAxis(x.Name, x.Values))],
            Format = "csv",
            Shard = null,
            Runs = grid.Runs,
            Started = DateTimeOffset.UnixEpoch,
        };
        var page = SweepPage.Create(manifest, summary, columns, grid.Runs, []).ToHtml("test");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(page) < 5_000_000, $"{page.Length:N0} characters");
    }
}
