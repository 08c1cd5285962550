using System.Text.RegularExpressions;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>The summary a sweep prints: what its numbers mean, said so that they cannot be misread.</summary>
public sealed class SweepSummaryTests
{
    private static readonly string Scenario = ScenarioText.File(ScenarioText.Valid);

    private static async Task<string> Summary(params string[] options)
    {
        var (exit, _, error) = await Cli.Run(["sweep", Scenario, "--engine", "direct", .. options]);
        Assert.Equal(0, exit);
        return error;
    }

    [Fact]
    public async Task Repeated_runs_of_a_scenario_without_chance_are_said_to_be_one_run_and_intervals_count_points()
    {
        // No faction has a discipline below 1: each of a point's 50 runs is the same run. Of the 2 points, 1 is
        // ratified: the interval is Wilson's for 1 of 2 (9.5–90.5 %), not for 50 of 100 (40.4–59.6 %).
        var summary = await Summary("--vary", "greed=0.3,0.6", "--runs", "50");

        Assert.Contains("note: this scenario draws on no chance (every faction's discipline is 1), so the 50 runs of a point", summary);
        Assert.Matches(@"ratified\s+50\s+50\.0%\s+\(95% CI 9\.5–90\.5%\)", summary);
    }

    [Fact]
    public async Task With_chance_the_intervals_count_runs_and_no_note_is_printed()
    {
        var summary = await Summary("--vary", "greed=0.3,0.6", "--runs", "50", "--set", "parties.board.factions.hawks.discipline=0.5");

        Assert.DoesNotContain("draws on no chance", summary);
    }

    [Theory]
    [InlineData("parties.board.factions.hawks.reservation={uniform: [0.2, 0.6]}")]
    [InlineData("protocol.breakdown=0.2")]
    public async Task A_belief_or_a_risk_of_breakdown_is_chance_too(string set)
    {
        var summary = await Summary("--vary", "greed=0.3,0.6", "--runs", "20", "--set", set);

        Assert.DoesNotContain("draws on no chance", summary);
    }

    [Fact]
    public async Task Where_no_deal_needed_ratification_the_ratified_share_is_a_dash_not_zero()
    {
        // The board ratifies only fast deals; at greed 0.3 the deal is slow, so no vote is held there.
        var summary = await Summary("--vary", "greed=0.3,0.6");

        var table = summary.Split('\n');
        Assert.Contains(table, l => Regex.IsMatch(l, @"^  0\.3\s+1\s+100\.0%\s+–\s"));
        Assert.Contains(table, l => Regex.IsMatch(l, @"^  0\.6\s+1\s+100\.0%\s+100\.0%\s"));
    }

    [Fact]
    public async Task Terms_of_a_sweep_without_any_vote_show_a_dash_for_ratified()
    {
        var summary = await Summary("--vary", "greed=0.3,0.4", "--set", "protocol.ratification={when: {speed: fast}}");

        Assert.Contains("terms in signed deals (how often each value was signed; no deal needed ratification, so –):", summary);
        Assert.Matches(@"  speed: slow 2/–", summary);
    }

    [Fact]
    public async Task A_grid_too_large_for_the_table_says_so()
    {
        var summary = await Summary("--vary", "greed=0:0.04:1", "--vary", "parties.buyer.reservation=0:0.01:0.2");

        Assert.Contains("(the table by grid point is shown up to 400 points, 20 × 20; this grid has 546:", summary);
    }

    [Fact]
    public async Task Each_cell_shows_the_mean_round_and_each_partys_mean_utility()
    {
        // One run per point: the means are that run's own round and utilities, as its row says.
        var output = Path.Combine(Path.GetTempPath(), $"negosim-summary-{Guid.NewGuid():N}.csv");
        try
        {
            var (_, report, _) = await Cli.Run("sweep", Scenario, "--engine", "direct", "--vary", "greed=0.3,0.6", "--out", output);
            var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToArray();

            foreach (var row in rows)
            {
                // run,seed,greed,status,round,price,speed,utility_seller,utility_buyer,…
                var expected = $"{double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture):0.0}\\s+{double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture):0.00}\\s+{double.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture):0.00}";
                Assert.Matches($"(?m)^  {Regex.Escape(row[2])}\\s+1\\s+\\S+\\s+\\S+\\s+{expected}$", report);
            }
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
        }
    }
}
