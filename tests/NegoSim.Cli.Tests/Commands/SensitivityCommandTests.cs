using System.Globalization;
using System.Text.Json;
using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// <c>negosim sensitivity</c> on the flagship: a Sobol' or Morris design played as a sweep whose rows are kept, its
/// indices the estimators' on those rows (read back here independently of the command), resumable, shardable.
/// </summary>
public sealed class SensitivityCommandTests : IDisposable
{
    private static readonly string[] Vary =
        ["--vary", "guarantee_weight~uniform(0,1)", "--vary", "reimbursement_demand~int(0,500)", "--vary", "rada_demand~normal(0.45,0.2)"];

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name) => Path.Combine(_folder, name);

    private static Task<(int Exit, string Out, string Err)> Sobol(string rows, params string[] more) =>
        Cli.Run(["sensitivity", Cli.Flagship, "--method", "sobol", "--samples", "32", .. Vary, "--output", "ratified", "--output", "utility_kyiv", "--seed", "3", "--out", rows, "--format", "json", .. more]);

    [Fact]
    public async Task Sobol_indices_are_the_estimators_on_the_kept_rows_in_SALib_s_order()
    {
        var rows = File("sobol.csv");

        var (exit, output, error) = await Sobol(rows);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("sobol", root.GetProperty("method").GetString());
        Assert.Equal(32, root.GetProperty("samples").GetInt32());
        Assert.Equal(32 * (3 + 2), root.GetProperty("points").GetInt32());

        // The rows read here: one per design point, in run order; the indicator and the column as outputs.
        var lines = System.IO.File.ReadAllLines(rows);
        var header = lines[0].Split(',');
        var (status, kyiv) = (Array.IndexOf(header, "status"), Array.IndexOf(header, "utility_kyiv"));
        Assert.Equal(1 + (32 * 5), lines.Length);
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var ratified = cells.Select(c => c[status] == "ratified" ? 1.0 : 0.0).ToArray();
        var utility = cells.Select(c => double.Parse(c[kyiv], CultureInfo.InvariantCulture)).ToArray();
        string[] parameters = ["guarantee_weight", "reimbursement_demand", "rada_demand"];
        foreach (var (name, y) in new[] { ("ratified", ratified), ("utility_kyiv", utility) })
        {
            var expected = SobolAnalysis.Analyze(y, parameters, secondOrder: false);
            foreach (var index in expected.Indices)
            {
                var reported = root.GetProperty("outputs").GetProperty(name).GetProperty(index.Parameter);
                Assert.Equal(index.S1, reported.GetProperty("S1").GetDouble(), 12);
                Assert.Equal(index.ST, reported.GetProperty("ST").GetDouble(), 12);
                Assert.True(reported.GetProperty("S1_conf").GetDouble() >= 0);
                Assert.True(reported.GetProperty("ST_conf").GetDouble() >= 0);
            }
        }

        // Whole numbers stay whole; a normal truncated to the parameter's range [0, 1] stays inside it.
        Assert.All(cells, c => Assert.Matches("^\\d+$", c[Array.IndexOf(header, "reimbursement_demand")]));
        Assert.All(cells, c => Assert.InRange(double.Parse(c[Array.IndexOf(header, "rada_demand")], CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains("below the 512", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interrupted_design_resumes_and_shards_merge_to_the_same_indices()
    {
        var (whole, cut) = (File("whole.csv"), File("cut.csv"));
        var (_, expected, _) = await Sobol(whole);

        var lines = System.IO.File.ReadAllLines(whole);
        System.IO.File.WriteAllLines(cut, lines.Take(70));
        System.IO.File.Copy(whole + ".json", cut + ".json");
        var (resumed, again, error) = await Sobol(cut, "--resume");

        Assert.True(resumed == 0, error);
        Assert.Equal(Indices(expected), Indices(again));

        string[] shards = [File("s1.csv"), File("s2.csv")];
        for (var i = 0; i < 2; i++)
        {
            var (code, _, said) = await Sobol(shards[i], "--shard", $"{i + 1}/2");
            Assert.True(code == 0, said);
            Assert.Contains("negosim merge", said, StringComparison.Ordinal);
        }

        var merged = File("merged.csv");
        Assert.Equal(0, (await Cli.Run(["merge", .. shards, "--out", merged])).Exit);
        var (analysed, fromMerged, _) = await Cli.Run(["sensitivity", merged, "--output", "ratified", "--output", "utility_kyiv", "--format", "json"]);
        Assert.Equal(0, analysed);
        Assert.Equal(Indices(expected), Indices(fromMerged));
    }

    [Fact]
    public async Task Morris_gives_mu_mu_star_sigma_and_their_interval_per_parameter()
    {
        var rows = File("morris.csv");

        var (exit, output, error) = await Cli.Run(["sensitivity", Cli.Flagship, "--method", "morris", "--samples", "10", .. Vary, "--output", "utility_kyiv", "--out", rows, "--format", "json"]);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(10 * 4, json.RootElement.GetProperty("points").GetInt32());
        var rada = json.RootElement.GetProperty("outputs").GetProperty("utility_kyiv").GetProperty("rada_demand");
        Assert.Equal(["mu", "mu_star", "sigma", "mu_star_conf"], rada.EnumerateObject().Select(p => p.Name));
        Assert.True(rada.GetProperty("mu_star").GetDouble() >= Math.Abs(rada.GetProperty("mu").GetDouble()) - 1e-12);
    }

    [Theory]
    [InlineData(new[] { "--samples", "8", "--vary", "rada_demand~uniform(0,1)" }, "--method: give sobol or morris")]
    [InlineData(new[] { "--method", "sobol", "--vary", "rada_demand~uniform(0,1)" }, "--samples: give N")]
    [InlineData(new[] { "--method", "sobol", "--samples", "8", "--vary", "rada_demand=0:0.5:1" }, "draws every parameter from a distribution")]
    [InlineData(new[] { "--method", "morris", "--samples", "8", "--levels", "5", "--vary", "rada_demand~uniform(0,1)" }, "--levels 5: an even number of levels")]
    [InlineData(new[] { "--method", "sobol", "--samples", "8", "--vary", "rada_demand~uniform(0,1)", "--output", "happiness" }, "--output happiness: no such column; allowed: ratified, signed")]
    [InlineData(new[] { "--method", "sobol", "--samples", "8", "--vary", "rada_demand~uniform(0,1)", "--resume" }, "--resume needs --out FILE")]
    [InlineData(new[] { "--method", "sobol", "--samples", "8", "--vary", "rada_demand~uniform(0,1)", "--shard", "1/2" }, "--shard needs --out")]
    public async Task Bad_requests_get_one_clear_error(string[] arguments, string expected)
    {
        var (exit, _, error) = await Cli.Run(["sensitivity", Cli.Flagship, .. arguments]);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rows_of_an_ordinary_sweep_are_not_a_design()
    {
        var rows = File("grid.csv");
        await Cli.Run(["sweep", Cli.Flagship, "--vary", "rada_demand=0,1", "--out", rows]);

        var (exit, _, error) = await Cli.Run(["sensitivity", rows]);

        Assert.Equal(2, exit);
        Assert.Contains("not of a sensitivity design", error, StringComparison.Ordinal);
    }

    private static string Indices(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("outputs").GetRawText();
    }
}
