using System.Globalization;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>What scenarios/exercises/tied-hands.md tells a class to look for, asserted on the runs it asks for.</summary>
public sealed class TiedHandsWorksheetTests
{
    private static readonly string Exercise = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml");

    /// <summary>One run per <c>rada_demand</c> from 0.5 to 1 in steps of 0.05: status and both utilities.</summary>
    private static async Task<Dictionary<string, (string Status, double Washington, double Kyiv)>> Runs()
    {
        var (exit, output, error) = await Cli.Run("sweep", Exercise, "--vary", "rada_demand=0.5:0.05:1", "--engine", "direct");
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(
            c => c[Column("rada_demand")],
            c => (c[Column("status")], double.Parse(c[Column("utility_washington")], CultureInfo.InvariantCulture), double.Parse(c[Column("utility_kyiv")], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Up_to_about_075_nothing_changes_from_08_to_09_Kyiv_gains_and_Washington_loses_at_095_there_is_no_deal()
    {
        var runs = await Runs();

        // 1. Up to 0.75 the Rada's demand does not bind: the same utilities.
        var lenient = runs["0.5"];
        Assert.All(new[] { "0.55", "0.6", "0.65", "0.7", "0.75" }, d => Assert.Equal(lenient, runs[d]));

        // 2. From 0.8 to 0.9 Kyiv's utility rises and Washington's falls, step by step.
        var tied = new[] { "0.75", "0.8", "0.85", "0.9" }.Select(d => runs[d]).ToList();
        Assert.All(tied.Zip(tied.Skip(1)), p => Assert.True(p.Second.Kyiv > p.First.Kyiv && p.Second.Washington < p.First.Washington));
        Assert.All(tied.Skip(1), r => Assert.Equal("ratified", r.Status));

        // 3. At 0.95 there is no deal.
        Assert.Equal("no-agreement", runs["0.95"].Status);
    }

    [Fact]
    public async Task A_Kyiv_that_ignores_the_Rada_signs_a_deal_the_Rada_votes_down()
    {
        var (exit, output, error) = await Cli.Run("run", Exercise, "--set", "rada_demand=0.85", "--set", "parties.kyiv.anticipates-ratification=false");

        Assert.True(exit == 0, error);
        Assert.Contains("NOT RATIFIED", output, StringComparison.Ordinal);
    }
}
