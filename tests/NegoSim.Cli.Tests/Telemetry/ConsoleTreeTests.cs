using System.Text.RegularExpressions;

namespace NegoSim.Cli.Tests.Telemetry;

[Trait("Category", "Slow")]
public sealed partial class ConsoleTreeTests
{
    [Fact]
    public async Task Trace_tree_draws_the_run_with_orleans_grain_calls_inside_the_negotiation_on_stderr()
    {
        var (exit, output, error) = await Cli.RunProcess(null, "run", ScenarioText.File(ScenarioText.Valid), "--trace", "tree");

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        var tree = Duration().Replace(error, "").Split('\n');

        // Orleans' client span of the runner's call, its server span in the silo, then the protocol's spans.
        Assert.Equal("INegotiationGrain/Run", tree[0]);
        Assert.Equal("  INegotiationGrain/Run", tree[1]);
        Assert.StartsWith("    negotiation  scenario=\"Test split\" seed=0 status=", tree[2]);
        Assert.Contains("      round  round=1 proposer=seller", tree);
        var propose = Array.FindIndex(tree, l => l.StartsWith("        propose  party=seller round=1 target=1 offer=\"price=10  speed=slow\"", StringComparison.Ordinal));
        Assert.Equal(["          INegotiatorGrain/Propose", "            INegotiatorGrain/Propose"], tree[(propose + 1)..(propose + 3)]);
        Assert.Contains(tree, l => l.StartsWith("        respond  party=buyer round=1 response=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trace_console_writes_opentelemetrys_console_export_to_stderr_and_leaves_the_json_alone()
    {
        var (exit, output, error) = await Cli.RunProcess(null, "run", ScenarioText.File(ScenarioText.Valid), "--trace", "console", "--format", "json");

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("Test split", json.RootElement.GetProperty("scenario").GetString());
        Assert.Matches(@"Activity.DisplayName:\s+negotiation", error);
        Assert.Matches(@"Activity.DisplayName:\s+INegotiatorGrain/Respond", error);
        Assert.Matches(@"Instrumentation scope \(ActivitySource\):\s+Name: Microsoft.Orleans.Application", error);
    }

    [Fact]
    public async Task A_ratification_shows_each_factions_vote_under_it()
    {
        // A deal with speed=fast needs the board; seller values speed at 0, so make it indifferent to get fast deals.
        var text = ScenarioText.Replace("speed: {best: slow}", "speed: {best: fast}");

        var (_, output, error) = await Cli.RunProcess(null, "run", ScenarioText.File(text), "--trace", "tree");

        Assert.Contains("ratification by board", output);
        var tree = Duration().Replace(error, "").Split('\n');
        var ratify = Array.FindIndex(tree, l => l.StartsWith("      ratify  ratifier=board ratifies=buyer yes=10 no=0 threshold=6 passed=True", StringComparison.Ordinal));
        Assert.StartsWith("        · vote  faction=hawks seats=10 line=yes yes=10 no=0", tree[ratify + 1], StringComparison.Ordinal);
        Assert.Equal(["        IRatifierGrain/Vote", "          IRatifierGrain/Vote"], tree[(ratify + 2)..(ratify + 4)]);
    }

    [GeneratedRegex(@" \(\d+\.\d\d ms\)")]
    private static partial Regex Duration();
}
