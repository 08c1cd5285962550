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

        // The command's root (named after the scenario and seed), Orleans' client span of its call and the server
        // span in the silo, then the protocol's spans: terms and parameters each an attribute, parties as values.
        Assert.Equal("run Test split seed 0  scenario=\"Test split\" seed=0", tree[0]);
        Assert.Equal("  INegotiationGrain/Run", tree[1]);
        Assert.Equal("    INegotiationGrain/Run", tree[2]);
        Assert.StartsWith("      negotiation Test split seed 0  scenario=\"Test split\" seed=0 parameter.greed=0.5 status=", tree[3]);
        Assert.Contains("        round  round=1 proposer=seller", tree);
        var propose = Array.FindIndex(tree, l => l.StartsWith("          propose  party=seller round=1 target=1 has_offer=True offer.price=10 offer.speed=slow", StringComparison.Ordinal));
        Assert.Equal(["            · worth  party=seller utility=1", "            · worth  party=buyer utility=0"], tree[(propose + 1)..(propose + 3)]);
        Assert.Equal(["            INegotiatorGrain/Propose", "              INegotiatorGrain/Propose"], tree[(propose + 3)..(propose + 5)]);
        Assert.Contains(tree, l => l.StartsWith("          respond  party=buyer round=1 response=", StringComparison.Ordinal));

        // Round 2's offer was made with the buyer's answer in round 1: its span tables it and calls no grain.
        var counter = Array.FindIndex(tree, l => l.StartsWith("          counter-offer  party=buyer round=2 ", StringComparison.Ordinal));
        Assert.StartsWith("          respond  party=seller round=2", tree[counter + 3], StringComparison.Ordinal);
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
        var ratify = Array.FindIndex(tree, l => l.StartsWith("        ratify  ratifier=board ratifies=buyer yes=10 no=0 threshold=6 passed=True", StringComparison.Ordinal));
        Assert.StartsWith("          · vote  faction=hawks seats=10 line=yes yes=10 no=0", tree[ratify + 1], StringComparison.Ordinal);
        Assert.Equal(["          IRatifierGrain/Vote", "            IRatifierGrain/Vote"], tree[(ratify + 2)..(ratify + 4)]);
    }

    [GeneratedRegex(@" \(\d+\.\d\d ms\)")]
    private static partial Regex Duration();
}
