using System.Text.Json;

namespace NegoSim.Cli.Tests.Reports.Html;

[Trait("Category", "Slow")]
[Collection(nameof(ChromiumCollection))]
public sealed class AnalysisReportTests(HeadlessChromium chromium)
{
    [Fact]
    public async Task The_analysis_report_draws_every_deal_the_frontier_the_zone_of_agreement_and_the_subgame_perfect_point()
    {
        var html = Path.Combine(Path.GetTempPath(), $"analysis-{Guid.NewGuid():N}.html");
        var (exit, output, error) = await Cli.Run("analyze", Cli.Flagship, "--format", "json", "--report", html);
        Assert.True(exit == 0, error);
        var analysis = JsonDocument.Parse(output).RootElement;

        Assert.Equal(1, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        var dots = chromium.Items("outcome-space", "deals_marks");
        Assert.Equal(analysis.GetProperty("outcomes").GetInt32(), dots.Sum(d => d.GetProperty("deals").GetInt32()));
        Assert.Equal(analysis.GetProperty("zone_of_agreement").GetProperty("size").GetInt32(), dots.Where(d => d.GetProperty("set").GetString()!.StartsWith("zone of agreement", StringComparison.Ordinal)).Sum(d => d.GetProperty("deals").GetInt32()));
        var winSet = analysis.GetProperty("win_sets").GetProperty("rada").GetProperty("size").GetInt32();
        Assert.True(dots.Where(d => d.GetProperty("set").GetString()!.StartsWith("outside", StringComparison.Ordinal)).Sum(d => d.GetProperty("deals").GetInt32()) <= analysis.GetProperty("outcomes").GetInt32() - winSet);

        var frontier = chromium.Items("outcome-space", "frontier_marks");
        Assert.Equal(analysis.GetProperty("pareto").GetArrayLength(), frontier.Count);
        var washington = analysis.GetProperty("pareto").EnumerateArray().Select(p => p.GetProperty("utilities").GetProperty("washington").GetDouble()).Order();
        Assert.Equal(washington, frontier.Select(p => p.GetProperty("x").GetDouble()).Order());

        var equilibrium = analysis.GetProperty("equilibrium");
        var spe = chromium.Items("outcome-space", "theory_layer_0_marks").Single(p => p.GetProperty("point").GetString()!.StartsWith("subgame-perfect", StringComparison.Ordinal));
        Assert.Equal($"subgame-perfect (round {equilibrium.GetProperty("round").GetInt32()})", spe.GetProperty("point").GetString());
        Assert.Equal(equilibrium.GetProperty("utilities").GetProperty("kyiv").GetDouble(), spe.GetProperty("y").GetDouble());
        chromium.Screenshot("analysis-report-flagship");
        File.Delete(html);
    }

    [Fact]
    public async Task A_chosen_pair_of_negotiators_are_the_axes_and_an_unknown_one_is_refused_with_the_names()
    {
        var european = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "european-partners.yaml");
        var html = Path.Combine(Path.GetTempPath(), $"pair-{Guid.NewGuid():N}.html");
        var (_, names, _) = await Cli.Run("analyze", european, "--format", "json");
        var negotiators = JsonDocument.Parse(names).RootElement.GetProperty("disagreement").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(3, negotiators.Count);

        var (exit, _, error) = await Cli.Run("analyze", european, "--report", html, "--report-pair", $"{negotiators[2]},{negotiators[0]}");
        Assert.True(exit == 0, error);
        Assert.Equal(1, chromium.Open(html));
        Assert.Equal(new[] { $"utility to {negotiators[2]}", $"utility to {negotiators[0]}" }.Order(), chromium.AxisTitles("outcome-space").Order());

        var (refused, _, message) = await Cli.Run("analyze", european, "--report", html, "--report-pair", $"{negotiators[0]},nobody");
        Assert.Equal(2, refused);
        Assert.Contains($"'nobody' is not a negotiator of this scenario; it has {string.Join(", ", negotiators)}", message);
        File.Delete(html);
    }
}
