using System.Text.Json;

namespace NegoSim.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Under_beliefs_each_point_has_its_chance_of_passing_and_what_each_side_expects_of_it()
    {
        // The board's one faction: price p is worth 1 − p/10 to it and its reservation is uniform on [0.5, 1], so a
        // deal passes with probability (0.5 − p/10) / 0.5, cut to [0, 1]; a negotiator expects its utility when it
        // passes and its reservation (0.2 for both) when it fails.
        var scenario = ScenarioText.File(ScenarioText.UncertainBoard(0.5, 1));
        try
        {
            var (exit, output, _) = await Cli.Run("analyze", scenario, "--format", "json");

            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            var uncertain = 0;
            foreach (var point in json.RootElement.GetProperty("under_beliefs").EnumerateObject())
            {
                var theory = json.RootElement.GetProperty(point.Name);
                var pass = Math.Clamp((0.5 - (theory.GetProperty("deal").GetProperty("price").GetDouble() / 10)) / 0.5, 0, 1);
                uncertain += pass is > 0 and < 1 ? 1 : 0;
                Assert.Equal(pass, point.Value.GetProperty("pass").GetDouble(), 6);
                foreach (var party in new[] { "seller", "buyer" })
                {
                    var utility = theory.GetProperty("utilities").GetProperty(party).GetDouble();
                    Assert.Equal((pass * utility) + ((1 - pass) * 0.2), point.Value.GetProperty("expected_utilities").GetProperty(party).GetDouble(), 5);
                }
            }

            Assert.True(uncertain > 0, output);

            // The whole win-set by chance of passing: price 0 passes surely (2 deals, slow and fast), prices 1 and 2
            // with 0.8 and 0.6 (4 deals), prices 3 to 10 with 0.4 or less (16 deals).
            var byChance = json.RootElement.GetProperty("win_set_under_beliefs");
            Assert.Equal(
                (2, 0, 4, 16),
                (byChance.GetProperty("sure").GetInt32(), byChance.GetProperty("at_least_0_9").GetInt32(), byChance.GetProperty("at_least_0_5").GetInt32(), byChance.GetProperty("below_0_5").GetInt32()));

            var (_, flagship, _) = await Cli.Run("analyze", Cli.Flagship, "--format", "json");
            using var known = JsonDocument.Parse(flagship);
            Assert.Equal(JsonValueKind.Null, known.RootElement.GetProperty("under_beliefs").ValueKind);
        }
        finally
        {
            File.Delete(scenario);
        }
    }

    [Fact]
    public async Task The_flagship_summary_names_every_point_a_teacher_needs()
    {
        var (exit, output, _) = await Cli.Run("analyze", Cli.Flagship);

        Assert.Equal(0, exit);
        Assert.Contains("5,808 possible deals; disagreement point (the reservations): washington 0.30 · kyiv 0.40", output);
        Assert.Matches(@"Pareto frontier: \d+ deals no other deal beats for everyone at once\.", output);
        Assert.Contains("Nash point (largest product of gains over the reservations):", output);
        Assert.Contains("Kalai–Smorodinsky point", output);
        Assert.Contains("Maximum welfare", output);
        Assert.Matches(@"Subgame-perfect agreement \(backward induction over 12 rounds; reached in round \d+\)", output);
        Assert.Matches(@"Win-set of rada: [\d,]+ deals it would pass \([\d.]+% of all\)\.", output);
        Assert.Matches(@"Zone of agreement: [\d,]+ deals", output);
    }

    [Fact]
    public async Task Json_has_the_documented_fields()
    {
        var (exit, output, _) = await Cli.Run("analyze", ScenarioText.File(ScenarioText.Valid), "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(22, root.GetProperty("outcomes").GetInt32());
        Assert.True(root.GetProperty("pareto").GetArrayLength() > 0);
        foreach (var point in new[] { "nash", "kalai_smorodinsky", "max_welfare", "nash_ratifiable", "kalai_smorodinsky_ratifiable", "max_welfare_ratifiable", "equilibrium" })
        {
            var p = root.GetProperty(point);
            Assert.True(p.TryGetProperty("deal", out _), $"{point}.deal");
            Assert.True(p.GetProperty("utilities").TryGetProperty("seller", out _), $"{point}.utilities.seller");
        }

        Assert.True(root.GetProperty("equilibrium").GetProperty("round").GetInt32() >= 1);
        // The hawks pass prices up to 7 (1 − price/10 ≥ 0.3): 8 prices × 2 speeds.
        Assert.Equal(16, root.GetProperty("win_sets").GetProperty("board").GetProperty("size").GetInt32());
        Assert.True(root.GetProperty("zone_of_agreement").GetProperty("size").GetInt32() > 0);
    }

    [Fact]
    public async Task Run_reports_the_distance_to_the_Nash_point_and_the_frontier()
    {
        var text = await Cli.Run("run", Cli.Flagship);
        var json = await Cli.Run("run", Cli.Flagship, "--format", "json");

        Assert.Matches(@"distance to the Nash point \d\.\d\d, to the Pareto frontier \d\.\d\d", text.Out);
        var outcome = JsonDocument.Parse(json.Out).RootElement.GetProperty("outcome");
        Assert.Equal(JsonValueKind.Number, outcome.GetProperty("nash_distance").ValueKind);
        Assert.Equal(JsonValueKind.Number, outcome.GetProperty("pareto_distance").ValueKind);
    }

    [Fact]
    public async Task A_scenario_where_no_deal_is_rational_says_so()
    {
        var text = ScenarioText.Replace("    reservation: 0.2\n    strategy", "    reservation: 0.99\n    strategy");

        var (exit, output, _) = await Cli.Run("analyze", ScenarioText.File(text));

        Assert.Equal(0, exit);
        Assert.Contains("Nash point (largest product of gains over the reservations): none", output);
        Assert.Contains("Subgame-perfect agreement: none", output);
    }

    [Fact]
    public async Task In_tied_hands_with_a_demanding_Rada_the_Nash_point_would_be_voted_down_and_its_ratifiable_twin_differs()
    {
        var path = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml");
        var (exit, output, _) = await Cli.Run("analyze", path, "--set", "rada_demand=0.85", "--format", "json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        string Deal(string point) => root.GetProperty(point).GetProperty("deal").GetRawText();

        Assert.NotEqual(Deal("nash"), Deal("nash_ratifiable"));

        // The Rada's vote on each, as negosim evaluate counts it.
        async Task<string> Vote(string point)
        {
            var deal = root.GetProperty(point).GetProperty("deal").EnumerateObject().Select(p => $"{p.Name}={p.Value.ToString()}");
            var (code, text, error) = await Cli.Run(["evaluate", path, "--set", "rada_demand=0.85", "--deal", string.Join(",", deal)]);
            Assert.True(code == 0, error);
            return text;
        }

        Assert.Contains("68 yes of 401 seats, 226 needed → would fail", await Vote("nash"), StringComparison.Ordinal);
        Assert.Contains("→ would pass", await Vote("nash_ratifiable"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bound_on_backward_induction_can_be_raised_by_the_number_the_message_gives()
    {
        var (_, plain, _) = await Cli.Run("analyze", Cli.Flagship);
        var (exit, bounded, _) = await Cli.Run("analyze", Cli.Flagship, "--induction-steps", "1");
        var needed = System.Text.RegularExpressions.Regex.Match(bounded, "allow them with --induction-steps (\\d+)").Groups[1].Value;
        var (raisedExit, raised, _) = await Cli.Run("analyze", Cli.Flagship, "--induction-steps", needed);
        var (badExit, _, bad) = await Cli.Run("analyze", Cli.Flagship, "--induction-steps", "0");

        Assert.Equal(0, exit);
        Assert.Contains("not worked out: backward induction would take", bounded, StringComparison.Ordinal);
        Assert.Equal(0, raisedExit);
        Assert.Equal(Line(plain, "Subgame-perfect agreement"), Line(raised, "Subgame-perfect agreement"));
        Assert.DoesNotContain("not worked out", raised, StringComparison.Ordinal);
        Assert.Equal(2, badExit);
        Assert.StartsWith($"negosim: --induction-steps 0: a whole number from 1 to {long.MaxValue}.", bad, StringComparison.Ordinal);
    }

    private static string Line(string output, string start) =>
        output.Split('\n').First(line => line.TrimStart().StartsWith(start, StringComparison.Ordinal));
}
