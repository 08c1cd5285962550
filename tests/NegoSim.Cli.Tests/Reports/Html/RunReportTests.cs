using System.Text.Json;

namespace NegoSim.Cli.Tests.Reports.Html;

[Trait("Category", "Slow")]
[Collection(nameof(ChromiumCollection))]
public sealed class RunReportTests(HeadlessChromium chromium)
{
    [Fact]
    public async Task The_flagship_run_report_opens_offline_and_its_charts_show_the_numbers_of_its_json()
    {
        var html = Path.Combine(Path.GetTempPath(), $"run-{Guid.NewGuid():N}.html");
        var (exit, output, error) = await Cli.Run("run", Cli.Flagship, "--format", "json", "--report", html);
        Assert.True(exit == 0, error);
        var run = JsonDocument.Parse(output).RootElement;
        var (_, analysisJson, _) = await Cli.Run("analyze", Cli.Flagship, "--format", "json");
        var analysis = JsonDocument.Parse(analysisJson).RootElement;

        Assert.Equal(2, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        Assert.Equal(0L, chromium.Script<long>("return performance.getEntriesByType('resource').length;"));

        // The offer dance: one dot per offer and negotiator, at what the JSON says the offer was worth.
        var offers = run.GetProperty("rounds").EnumerateArray().Where(r => r.GetProperty("offer").ValueKind != JsonValueKind.Null).ToList();
        var worth = chromium.Items("offer-dance", "worth_marks");
        Assert.Equal(offers.Count * 2, worth.Count);
        foreach (var dot in worth)
        {
            var round = offers.Single(r => r.GetProperty("round").GetInt32() == dot.GetProperty("round").GetInt32());
            Assert.Equal(round.GetProperty("utilities").GetProperty(dot.GetProperty("party").GetString()!).GetDouble(), dot.GetProperty("value").GetDouble());
        }

        // The outcome space: the frontier of `analyze`, the agreement where the JSON puts it, the Nash point too.
        Assert.Equal(analysis.GetProperty("pareto").GetArrayLength(), chromium.Items("outcome-space", "frontier_marks").Count);
        var agreement = Assert.Single(chromium.Items("outcome-space", "agreement_marks"));
        var utilities = run.GetProperty("outcome").GetProperty("utilities");
        Assert.Equal(utilities.GetProperty("washington").GetDouble(), agreement.GetProperty("x").GetDouble());
        Assert.Equal(utilities.GetProperty("kyiv").GetDouble(), agreement.GetProperty("y").GetDouble());
        var nash = chromium.Items("outcome-space", "theory_layer_0_marks").Single(p => p.GetProperty("point").GetString()!.Split([" = ", " ≈ "], StringSplitOptions.None).Contains("Nash"));
        Assert.Equal(run.GetProperty("theory").GetProperty("nash").GetProperty("utilities").GetProperty("kyiv").GetDouble(), nash.GetProperty("y").GetDouble());
        Assert.Equal(offers.Count, chromium.Items("outcome-space", "offers_marks").Count);

        // The page carries the same JSON as --format json, and the transcript has a row per round.
        Assert.Equal(output.Trim(), chromium.Script<string>("return document.getElementById('negosim-report').textContent;").Trim());
        Assert.Equal(run.GetProperty("rounds").GetArrayLength(), chromium.Script<long>("return document.querySelectorAll('#transcript tbody tr').length;"));
        chromium.Screenshot("run-report-flagship");
        File.Delete(html);
    }

    [Fact]
    public async Task A_vote_is_drawn_as_a_parliament_with_a_mark_per_seat_and_as_many_yes_as_the_json_counts()
    {
        var html = Path.Combine(Path.GetTempPath(), $"vote-{Guid.NewGuid():N}.html");
        var tiedHands = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml");
        var (exit, output, error) = await Cli.Run("run", tiedHands, "--set", "rada_demand=0.85", "--format", "json", "--report", html);
        Assert.True(exit == 0, error);
        var vote = JsonDocument.Parse(output).RootElement.GetProperty("outcome").GetProperty("ratification");
        Assert.True(vote.GetProperty("required").GetBoolean(), "the exercise's deal goes to a vote");

        Assert.Equal(3, chromium.Open(html));
        Assert.Empty(chromium.ConsoleErrors());
        var seats = chromium.Items("vote-1", "seats_marks");
        Assert.Equal(vote.GetProperty("factions").EnumerateArray().Sum(f => f.GetProperty("seats").GetInt32()), seats.Count);
        Assert.Equal(vote.GetProperty("yes").GetInt32(), seats.Count(s => s.GetProperty("vote").GetString() == "yes"));
        foreach (var faction in vote.GetProperty("factions").EnumerateArray())
        {
            var name = faction.GetProperty("name").GetString();
            Assert.Equal(faction.GetProperty("yes").GetInt32(), seats.Count(s => s.GetProperty("faction").GetString() == name && s.GetProperty("vote").GetString() == "yes"));
        }

        var threshold = Assert.Single(chromium.Items("vote-1", "threshold_layer_1_marks"));
        Assert.Equal($"threshold: {vote.GetProperty("threshold").GetInt32()} of {seats.Count}", threshold.GetProperty("label").GetString());
        chromium.Screenshot("run-report-tied-hands");
        File.Delete(html);
    }
}
