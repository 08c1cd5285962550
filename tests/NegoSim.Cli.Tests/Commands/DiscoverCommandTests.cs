using System.Globalization;
using System.Text.Json;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// <c>negosim discover</c> on sweeps of stage 4 (where the Rada must ratify): the chosen box's coverage, density and
/// mass recomputed here from the rows and the box's limits; on a sampled sweep with a category and a whole number; as
/// <c>sweep --discover</c>; and one clear error for what it cannot read.
/// </summary>
public sealed class DiscoverCommandTests : IDisposable
{
    private static readonly string Stage4 = Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "4-comprehensive-agreement.yaml");

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-discover-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_chosen_box_s_coverage_density_and_mass_are_those_of_the_rows_inside_it()
    {
        var rows = Path.Combine(_folder, "sample.csv");
        var (swept, _, error) = await Cli.Run([
            "sweep", Stage4, "--sample", "600", "--seed", "4",
            "--vary", "rada_demand~uniform(0,1)", "--vary", "guarantee_weight~uniform(0,1)",
            "--vary", "protocol.deadline~int(2,8)", "--vary", "parties.washington.strategy~choice(boulware,linear,conceder)", "--out", rows]);
        Assert.True(swept == 0, error);

        var (exit, output, said) = await Cli.Run(["discover", rows, "--outcome", "ratified", "--threshold", "0.95", "--format", "json"]);

        Assert.True(exit == 0, said);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var lines = File.ReadAllLines(rows);
        var header = lines[0].Split(',');
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        bool Inside(string[] row) => root.GetProperty("box").EnumerateObject().All(limit =>
        {
            var value = row[Array.IndexOf(header, limit.Name)];
            var bounds = limit.Value.EnumerateArray().ToList();
            return bounds[0].ValueKind == JsonValueKind.String
                ? bounds.Any(b => b.GetString() == value)
                : double.Parse(value, CultureInfo.InvariantCulture) is var x && x >= bounds[0].GetDouble() && x <= bounds[1].GetDouble();
        });
        var status = Array.IndexOf(header, "status");
        var cases = cells.Count(r => r[status] == "ratified");
        var inBox = cells.Where(Inside).ToList();
        var casesInBox = inBox.Count(r => r[status] == "ratified");

        Assert.Equal(600, root.GetProperty("runs").GetInt32());
        Assert.Equal(cases, root.GetProperty("cases").GetInt32());
        Assert.Equal((double)casesInBox / cases, root.GetProperty("coverage").GetDouble(), 12);
        Assert.Equal((double)casesInBox / inBox.Count, root.GetProperty("density").GetDouble(), 12);
        Assert.Equal(inBox.Count / 600.0, root.GetProperty("mass").GetDouble(), 12);
        Assert.True(root.GetProperty("density").GetDouble() >= 0.95);
        Assert.True(root.GetProperty("box").TryGetProperty("rada_demand", out _), "the Rada's demand decides ratification in stage 4");
        Assert.InRange(root.GetProperty("chosen").GetInt32(), 1, root.GetProperty("trajectory").GetArrayLength() - 1);
    }

    [Fact]
    public async Task A_sweep_can_discover_as_it_ends_and_a_column_threshold_is_an_outcome()
    {
        var rows = Path.Combine(_folder, "grid.csv");

        var (exit, output, error) = await Cli.Run(["sweep", Stage4, "--vary", "rada_demand=0:0.05:1", "--vary", "guarantee_weight=0.2,0.5,0.8", "--out", rows, "--discover", "utility_kyiv>0.5"]);

        Assert.True(exit == 0, error);
        Assert.Contains("runs are utility_kyiv>0.5", output, StringComparison.Ordinal);
        Assert.Contains("peeling trajectory:", output, StringComparison.Ordinal);
        Assert.Contains("chosen box (step ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tree_s_leaves_cut_the_runs_into_boxes_whose_counts_are_the_rows()
    {
        var rows = Path.Combine(_folder, "tree.csv");
        await Cli.Run(["sweep", Stage4, "--vary", "rada_demand=0:0.01:1", "--vary", "guarantee_weight=0.2,0.8", "--out", rows]);

        var (exit, output, error) = await Cli.Run(["discover", rows, "--outcome", "ratified", "--method", "cart", "--format", "json"]);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var leaves = json.RootElement.GetProperty("leaves").EnumerateArray().ToList();
        Assert.Equal(202, leaves.Sum(l => l.GetProperty("runs").GetInt32()));
        Assert.Equal(json.RootElement.GetProperty("cases").GetInt32(), leaves.Sum(l => l.GetProperty("cases").GetInt32()));
        Assert.All(leaves, l => Assert.True(l.GetProperty("runs").GetInt32() >= 10, "every leaf keeps at least 5 % of the runs"));
        var lines = File.ReadAllLines(rows).Skip(1).Select(l => l.Split(',')).ToList();
        var box = json.RootElement.GetProperty("box").GetProperty("rada_demand").EnumerateArray().Select(v => v.GetDouble()).ToList();
        var inside = lines.Where(c => double.Parse(c[2], CultureInfo.InvariantCulture) is var d && d >= box[0] && d <= box[1]).ToList();
        Assert.Equal((double)inside.Count(c => c[4] == "ratified") / inside.Count, json.RootElement.GetProperty("density").GetDouble(), 12);
    }

    [Theory]
    [InlineData("happy", "--outcome happy: expected a status")]
    [InlineData("nothing>1", "--outcome nothing>1: no column 'nothing'")]
    public async Task An_outcome_it_cannot_read_gets_one_clear_error(string outcome, string expected)
    {
        var rows = Path.Combine(_folder, "small.csv");
        await Cli.Run(["sweep", Stage4, "--vary", "rada_demand=0,0.5,1", "--out", rows]);

        var (exit, _, error) = await Cli.Run(["discover", rows, "--outcome", outcome]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_without_their_manifest_are_refused()
    {
        var rows = Path.Combine(_folder, "bare.csv");
        await File.WriteAllTextAsync(rows, "run,seed,status\n0,1,ratified\n");

        var (exit, _, error) = await Cli.Run(["discover", rows, "--outcome", "ratified"]);

        Assert.Equal(2, exit);
        Assert.Contains("manifest", error, StringComparison.Ordinal);
    }
}
