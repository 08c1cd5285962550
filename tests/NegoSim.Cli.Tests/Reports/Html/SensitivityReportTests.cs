using System.Text.Json;

namespace NegoSim.Cli.Tests.Reports.Html;

/// <summary>
/// The pages of <c>negosim sensitivity --report</c> and <c>negosim discover --report</c>, drawn in a headless
/// Chromium: every chart draws without an error, and what it draws is what the command's JSON says.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(ChromiumCollection))]
public sealed class SensitivityReportTests(HeadlessChromium chromium) : IDisposable
{
    private static readonly string Stage4 = Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "4-comprehensive-agreement.yaml");

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-sensitivity-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_sensitivity_page_draws_each_parameter_s_indices_as_the_json_gives_them()
    {
        var page = Path.Combine(_folder, "s.html");
        var (exit, output, error) = await Cli.Run([
            "sensitivity", Stage4, "--method", "sobol", "--samples", "64", "--vary", "rada_demand~uniform(0,1)", "--vary", "guarantee_weight~uniform(0,1)",
            "--output", "ratified", "--output", "utility_kyiv", "--format", "json", "--report", page]);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);

        Assert.Equal(2, chromium.Open(page));
        Assert.Empty(chromium.ConsoleErrors());
        var bars = chromium.Items("sobol-0", "layer_0_marks");
        Assert.Equal(4, bars.Count);
        foreach (var bar in bars)
        {
            var reported = json.RootElement.GetProperty("outputs").GetProperty("ratified").GetProperty(bar.GetProperty("parameter").GetString()!);
            Assert.Equal(Math.Round(reported.GetProperty(bar.GetProperty("index").GetString()!).GetDouble(), 4), bar.GetProperty("value").GetDouble(), 4);
        }
    }

    [Fact]
    public async Task The_discovery_page_draws_the_trajectory_the_chosen_box_and_the_runs()
    {
        var (rows, page) = (Path.Combine(_folder, "d.csv"), Path.Combine(_folder, "d.html"));
        await Cli.Run(["sweep", Stage4, "--sample", "300", "--vary", "rada_demand~uniform(0,1)", "--vary", "guarantee_weight~uniform(0,1)", "--out", rows]);
        var (exit, output, error) = await Cli.Run(["discover", rows, "--outcome", "ratified", "--threshold", "0.95", "--format", "json", "--report", page]);
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);

        var charts = chromium.Open(page);
        Assert.Empty(chromium.ConsoleErrors());
        Assert.InRange(charts, 1, 2);
        var steps = chromium.Items("tradeoff", "layer_0_marks");
        Assert.Equal(json.RootElement.GetProperty("trajectory").GetArrayLength(), steps.Count);
        var ringed = Assert.Single(chromium.Items("tradeoff", "layer_1_marks"));
        Assert.Equal(json.RootElement.GetProperty("chosen").GetInt32(), ringed.GetProperty("step").GetInt32());
    }
}
