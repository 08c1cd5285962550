using System.Text.Json;
using NegoSim.Model.Protocol;

namespace NegoSim.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    [Fact]
    public async Task The_flagship_prints_a_transcript_round_by_round_and_the_outcome()
    {
        var (exit, output, error) = await Cli.Run("run", Cli.Flagship);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Round 1 (t=0.00) · washington proposes, aiming for 1.00", output);
        Assert.Contains("kyiv rejects: worth", output);
        Assert.Matches(@"Outcome: (RATIFIED|SIGNED|NOT RATIFIED|NO AGREEMENT)", output);
        Assert.Contains("utilities:", output);
    }

    [Theory]
    [InlineData("-1", "18446744073709551615")]
    [InlineData("-9223372036854775808", "9223372036854775808")]
    public async Task A_seed_written_as_a_trace_shows_it_negative_plays_the_same_run(string negative, string unsigned)
    {
        // OpenTelemetry's integers are signed: a seed of 2^63 or more appears as the same 64 bits read as negative.
        var scenario = ScenarioText.File(ScenarioText.UncertainBoard(0.2, 0.6));
        try
        {
            var asTraced = await Cli.Run("run", scenario, "--seed", negative, "--format", "json");
            var asWritten = await Cli.Run("run", scenario, "--seed", unsigned, "--format", "json");

            Assert.Equal((0, ""), (asTraced.Exit, asTraced.Err));
            Assert.Equal(asWritten.Out, asTraced.Out);
            using var json = JsonDocument.Parse(asTraced.Out);
            Assert.Equal(ulong.Parse(unsigned, System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("seed").GetUInt64());
        }
        finally
        {
            File.Delete(scenario);
        }
    }

    [Fact]
    public async Task A_seed_that_is_no_whole_number_is_refused_with_what_is_allowed()
    {
        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--seed", "1.5");

        Assert.Equal(2, exit);
        Assert.Contains("--seed 1.5: a whole number from 0 to 18446744073709551615", error);
    }

    [Fact]
    public async Task A_parliament_known_only_by_beliefs_is_reported_with_the_chance_the_signers_gave_the_deal()
    {
        // The board's one faction: price p is worth 1 − p/10 to it, its reservation uniform on [0.2, 0.6], so a deal at
        // price p passes with probability (0.8 − p/10) / 0.4, cut to [0, 1]. Every seed plays the same deal; the vote
        // draws the truth.
        var scenario = ScenarioText.File(ScenarioText.UncertainBoard(0.2, 0.6));
        try
        {
            var (exit, output, error) = await Cli.Run("run", scenario, "--format", "json");

            Assert.Equal(0, exit);
            Assert.Equal("", error);
            using var json = JsonDocument.Parse(output);
            var outcome = json.RootElement.GetProperty("outcome");
            var ratification = outcome.GetProperty("ratification");
            Assert.True(ratification.GetProperty("required").GetBoolean(), output);
            var price = outcome.GetProperty("deal").GetProperty("price").GetDouble();
            Assert.Equal(Math.Clamp((0.8 - (price / 10)) / 0.4, 0, 1), ratification.GetProperty("believed_pass").GetDouble(), 6);

            var vote = Assert.Single(outcome.GetProperty("votes").EnumerateArray());
            Assert.Equal(outcome.GetProperty("round").GetInt32(), vote.GetProperty("round").GetInt32());
            Assert.Equal("board", vote.GetProperty("ratifier").GetString());
            Assert.Equal(10, vote.GetProperty("yes").GetInt32() + vote.GetProperty("no").GetInt32() + vote.GetProperty("abstain").GetInt32());
            Assert.Equal(vote.GetProperty("yes").GetInt32() >= 6, vote.GetProperty("passed").GetBoolean());
            Assert.Equal(vote.GetProperty("passed").GetBoolean() ? "ratified" : "not-ratified", outcome.GetProperty("status").GetString());

            var (_, text, _) = await Cli.Run("run", scenario);
            Assert.Contains($"signed believing it would pass with probability {Math.Clamp((0.8 - (price / 10)) / 0.4, 0, 1):0.00}", text);
        }
        finally
        {
            File.Delete(scenario);
        }
    }

    [Fact]
    public async Task Json_lists_every_vote_of_a_run_whose_rejected_text_was_renegotiated()
    {
        // A Danish run whose first referendum fails: found with the model, then read back from the command's JSON.
        var path = Path.Combine(Cli.RepoRoot, "scenarios", "maastricht-1992", "2-edinburgh-and-may-1993.yaml");
        var file = NegoSim.Cli.Commands.ScenarioLoading.Load(path, []);
        var (seed, result) = Enumerable.Range(0, 200).Select(s => ((ulong)s, AlternatingOffers.RunAsync(file.Tables, (ulong)s, new LocalParties(file.Tables)).AsTask().Result))
            .First(p => p.Item2.Votes.Any(v => !v.Passed) && p.Item2.Rounds.Count(r => r.Signed) == 2);

        var (exit, output, _) = await Cli.Run("run", path, "--format", "json", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exit);
        var outcome = JsonDocument.Parse(output).RootElement.GetProperty("outcome");
        var votes = outcome.GetProperty("votes").EnumerateArray().ToList();
        Assert.Equal(4, votes.Count);
        Assert.Equal(result.Votes.Select(v => (v.Round, v.Ratifier, v.Passed)), votes.Select(v => (v.GetProperty("round").GetInt32(), v.GetProperty("ratifier").GetString()!, v.GetProperty("passed").GetBoolean())));
        Assert.False(votes[1].GetProperty("passed").GetBoolean());
        Assert.Equal(votes[3].GetProperty("round").GetInt32(), outcome.GetProperty("round").GetInt32());

        // outcome.ratification is about the text the run ended with: its referendum, not the rejected one.
        var ratifiers = outcome.GetProperty("ratification").GetProperty("ratifiers").EnumerateArray().ToList();
        Assert.Equal(2, ratifiers.Count);
        Assert.Equal(votes[3].GetProperty("yes").GetInt32(), ratifiers[1].GetProperty("yes").GetInt32());
    }

    [Fact]
    public async Task Json_carries_the_documented_fields()
    {
        var (exit, output, _) = await Cli.Run("run", Cli.Flagship, "--format", "json", "--seed", "7");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("US–Ukraine minerals deal, February 2025", root.GetProperty("scenario").GetString());
        Assert.Equal(7UL, root.GetProperty("seed").GetUInt64());
        var outcome = root.GetProperty("outcome");
        Assert.Contains(outcome.GetProperty("status").GetString(), new[] { "ratified", "signed", "not-ratified", "no-agreement" });
        Assert.Equal(JsonValueKind.Number, outcome.GetProperty("round").ValueKind);
        Assert.Equal(
            ["guarantees", "reimbursement", "revenue_share", "scope", "fund_governance", "specific_numbers"],
            outcome.GetProperty("deal").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["washington", "kyiv"], outcome.GetProperty("utilities").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Array, outcome.GetProperty("votes").ValueKind);
        var ratification = outcome.GetProperty("ratification");
        foreach (var key in new[] { "required", "passed", "yes", "no", "threshold", "factions", "believed_pass" })
        {
            Assert.True(ratification.TryGetProperty(key, out _), $"ratification.{key} is missing");
        }

        var round = root.GetProperty("rounds")[0];
        foreach (var key in new[] { "round", "proposer", "offer", "utilities", "targets", "responses" })
        {
            Assert.True(round.TryGetProperty(key, out _), $"rounds[0].{key} is missing");
        }

        Assert.Equal("washington", round.GetProperty("proposer").GetString());
        Assert.Equal("kyiv", round.GetProperty("responses")[0].GetProperty("party").GetString());
    }

    [Fact]
    public async Task The_same_command_twice_gives_byte_identical_json()
    {
        var first = await Cli.Run("run", Cli.Flagship, "--format", "json", "--seed", "3");
        var second = await Cli.Run("run", Cli.Flagship, "--format", "json", "--seed", "3");

        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Set_changes_a_parameter_and_a_path_for_this_run()
    {
        var (_, output, _) = await Cli.Run("run", Cli.Flagship, "--format", "json", "--set", "reimbursement_demand=0", "--set", "parties.kyiv.reservation=0.55");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("parameters").GetProperty("reimbursement_demand").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("parameters").GetProperty("reimbursement_demand").GetDouble());
        var kyiv = json.RootElement.GetProperty("outcome").GetProperty("utilities").GetProperty("kyiv").GetDouble();
        Assert.True(kyiv >= 0.55 - 1e-9, $"kyiv got {kyiv}, below the reservation it was given");
    }
}
