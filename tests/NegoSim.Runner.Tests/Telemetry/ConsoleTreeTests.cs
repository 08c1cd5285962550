using System.Text.RegularExpressions;

namespace NegoSim.Runner.Tests.Telemetry;

public sealed partial class ConsoleTreeTests
{
    [Fact]
    public async Task Trace_console_draws_the_run_as_an_indented_tree_on_stderr()
    {
        var (exit, output, error) = await Cli.RunProcess(null, "run", ScenarioText.File(ScenarioText.Valid), "--trace", "console");

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        var tree = Duration().Replace(error, "").Split('\n');
        Assert.StartsWith("INegotiationGrain/Run  grain.class=NegotiationGrain grain.key=run-1", tree[0]);
        Assert.StartsWith("  negotiation  scenario=\"Test split\" seed=0 status=", tree[1]);
        Assert.Contains("    IRatifierGrain/Brief  grain.class=RatifierGrain grain.key=run-1/board", tree);
        Assert.Contains("    round  round=1 proposer=seller", tree);
        Assert.Contains(tree, l => l.StartsWith("      propose  party=seller round=1 target=1 offer=\"price=10  speed=slow\"", StringComparison.Ordinal));
        Assert.Contains("        INegotiatorGrain/Propose  grain.class=NegotiatorGrain grain.key=run-1/seller", tree);
        Assert.Contains(tree, l => l.StartsWith("      respond  party=buyer round=1 response=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ratification_shows_each_factions_vote_under_it()
    {
        // A deal with speed=fast needs the board; seller values speed at 0, so make it indifferent to get fast deals.
        var text = ScenarioText.Replace("speed: {best: slow}", "speed: {best: fast}");

        var (_, output, error) = await Cli.RunProcess(null, "run", ScenarioText.File(text), "--trace", "console");

        Assert.Contains("ratification by board", output);
        var tree = Duration().Replace(error, "").Split('\n');
        Assert.Contains(tree, l => l.StartsWith("    ratify  ratifier=board ratifies=buyer yes=10 no=0 threshold=6 passed=True", StringComparison.Ordinal));
        Assert.Contains(tree, l => l.StartsWith("      · vote  faction=hawks seats=10 line=yes yes=10 no=0", StringComparison.Ordinal));
    }

    [GeneratedRegex(@" \(\d+\.\d\d ms\)")]
    private static partial Regex Duration();
}
