using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Tests;

[Collection(nameof(ClusterFixture))]
public sealed class NegotiationGrainTests(ClusterFixture fixture)
{
    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static NegotiationResult Direct(ScenarioFile file, ulong seed, bool recordRounds = true) =>
        AlternatingOffers.RunAsync(file.Tables, seed, new LocalParties(file.Tables), recordRounds).AsTask().GetAwaiter().GetResult();

    /// <summary>Everything a run reports, as one comparable text (records compare arrays by reference).</summary>
    private static string Summary(NegotiationResult r) =>
        $"{r.Seed} {r.Status} {r.Round} {r.Deal} [{string.Join(" ", r.Utilities)}] [{string.Join(" ", r.DiscountedUtilities)}] {r.RatificationRequired} "
        + string.Join(";", r.Votes.Select(v => $"{v.Ratifier}:{v.Yes}/{v.No}:" + string.Join(",", v.Factions.Select(f => $"{f.Name}={f.Yes}/{f.No}/{f.Utility}"))))
        + " | " + string.Join(";", r.Rounds.Select(x => $"{x.Round}:{x.Proposer}:{x.Offer}:{x.Target}:[{string.Join(" ", x.Utilities)}]:"
            + string.Join(",", x.Responses.Select(p => $"{p.Responder}/{p.Verdict}/{p.Utility}/{p.Target}")) + ":" + string.Join(",", x.Notes)));

    [Fact]
    public async Task A_run_through_the_grains_equals_the_model_driven_directly_on_random_scenarios()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var file = Files.Compiled(TestScenarios.Random(seed), $"random-{seed}");
            fixture.Share(file);

            var viaGrains = await fixture.Client.GetGrain<INegotiationGrain>(NewKey()).Run(new RunRequest(file.Source, (ulong)seed));

            Assert.Equal(Summary(Direct(file, (ulong)seed)), Summary(viaGrains));
        }
    }

    [Fact]
    public async Task Every_shipped_scenario_sent_as_text_plays_on_the_cluster_as_it_does_directly()
    {
        foreach (var path in Files.ShippedScenarios())
        {
            var source = Files.Source(path);
            var file = ScenarioReader.Read(source);

            // Not shared: the silo that gets the run compiles the text it is sent.
            var viaGrains = await fixture.Client.GetGrain<INegotiationGrain>(NewKey()).Run(new RunRequest(source, 7));

            Assert.Equal(Summary(Direct(file, 7)), Summary(viaGrains));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_through_the_party_grains_or_in_the_grains_turn_equals_direct_runs(bool throughParties)
    {
        var source = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"), "rada_demand=0.85");
        var file = ScenarioReader.Read(source);
        var seeds = Enumerable.Range(0, 30).Select(i => (ulong)i * 7919).ToImmutableArray();
        var lane = fixture.Client.GetGrain<INegotiationGrain>(NewKey());

        var first = await lane.Play(new BatchRequest(source, seeds[..15], throughParties));
        var second = await lane.Play(new BatchRequest(source, seeds[15..], throughParties));
        await lane.Retire();

        static string Text(RunSummary r) => $"{r.Status} {r.Round} {r.Deal} [{string.Join(" ", r.Utilities)}] {r.RatificationRequired} {r.Yes}/{r.No}";
        var played = first.Results.Concat(second.Results).Select(r => Text(r!));
        Assert.Equal(seeds.Select(s => Text(RunSummary.Of(Direct(file, s, recordRounds: false)))), played);
        Assert.All(first.Errors.Concat(second.Errors), Assert.Null);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Rows_made_by_a_silo_are_the_lines_its_runs_summaries_make(string format)
    {
        // A sweep's batch of three points of the flagship, sent as text: the silo compiles the points and makes the
        // rows. The same batch without rows gives the summaries, from which this process makes the lines itself.
        var scenario = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml"));
        var points = ImmutableArray.Create(
            new BatchPoint(["guarantee_weight=0.2", "rada_demand=0.3"], [11, 12], FirstRun: 40),
            new BatchPoint(["guarantee_weight=0.7", "rada_demand=0.3"], [13], FirstRun: 42),
            new BatchPoint(["guarantee_weight=0.7", "rada_demand=0.9"], [14, 15, 16], FirstRun: 43));
        var rowsAsked = new RowRequest(format, ["guarantee_weight", "rada_demand"]);
        var lane = fixture.Client.GetGrain<INegotiationGrain>(NewKey());

        var made = (await lane.Play(new BatchRequest(scenario, points, ThroughParties: false, rowsAsked))).Rows!;
        var summaries = await lane.Play(new BatchRequest(scenario, points, ThroughParties: false));
        await lane.Retire();

        var expected = new System.Text.StringBuilder();
        var k = 0;
        foreach (var point in points)
        {
            var file = ScenarioReader.Read(scenario.WithVaries(point.Varies));
            var rows = NegoSim.Model.Sweeps.SweepFormat.Create(format, NegoSim.Model.Sweeps.SweepColumns.For(rowsAsked.Axes, file.Scenario));
            for (var i = 0; i < point.Seeds.Length; i++, k++)
            {
                var result = summaries.Results[k];
                rows.Append(expected, new NegoSim.Model.Sweeps.RunOutcome(point.FirstRun + i, point.Seeds[i], point.Values(), result, summaries.Errors[k], result is null ? null : file.Tables.Distances));
            }
        }

        // The lines are the file's UTF-8 bytes; each run's facts give its line's length and what the summary counts.
        var text = System.Text.Encoding.UTF8.GetString(made.Text.Span);
        var facts = Enumerable.Range(0, made.Runs).Select(made.FactsOf).ToList();
        Assert.Equal(expected.ToString(), text);
        Assert.Equal(summaries.Results.Length, made.Runs);
        Assert.Equal(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Encoding.UTF8.GetByteCount(l) + 1), facts.Select(f => f.Length));
        Assert.Equal(summaries.Results.Select(r => (sbyte)r!.Status), facts.Select(f => f.Status));
        Assert.Equal(summaries.Results.Select(r => r!.Deal), facts.Select(f => f.Deal));
        Assert.Equal(summaries.Results.Select(r => (short)(r!.IsSigned ? r.Round : 0)), facts.Select(f => f.Round));
        Assert.Equal(summaries.Results.SelectMany(r => r!.Utilities), facts.SelectMany(f => f.Utilities!));
        Assert.StartsWith(format == "csv" ? "40,11,0.2,0.3," : "{\"run\":40,\"seed\":11,\"guarantee_weight\":0.2,\"rada_demand\":0.3,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_retires_the_grains_it_called_and_calls_none_only_to_retire_it()
    {
        var signedWithoutVote = Files.Compiled(TestScenarios.Split(), "no-ratifier");
        var ratified = Files.Compiled(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()), "parliament");
        fixture.Share(signedWithoutVote);
        fixture.Share(ratified);
        var (quiet, voting) = (NewKey(), NewKey());

        await fixture.Client.GetGrain<INegotiationGrain>(quiet).Run(new RunRequest(signedWithoutVote.Source, 1));
        var result = await fixture.Client.GetGrain<INegotiationGrain>(voting).Run(new RunRequest(ratified.Source, 1));

        Assert.Equal(OutcomeStatus.Ratified, result.Status);
        var calls = fixture.Calls.ToList();
        Assert.DoesNotContain(calls, c => c.Key.StartsWith(quiet, StringComparison.Ordinal) && c.Method.Contains("Ratifier", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Key == $"{voting}/parliament" && c.Method.EndsWith("/Vote", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Key == $"{voting}/parliament" && c.Method.EndsWith("/Retire", StringComparison.Ordinal));
        Assert.Equal(["buyer", "seller"], calls.Where(c => c.Key.StartsWith(quiet + "/", StringComparison.Ordinal) && c.Method.EndsWith("/Retire", StringComparison.Ordinal))
            .Select(c => c.Key[(quiet.Length + 1)..]).Order());
    }

    [Fact]
    public async Task Runs_and_batches_leave_no_activation_behind()
    {
        var source = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => fixture.Client.GetGrain<INegotiationGrain>(NewKey()).Run(new RunRequest(source, (ulong)i))));
        var lane = fixture.Client.GetGrain<INegotiationGrain>(NewKey());
        await lane.Play(new BatchRequest(source, ImmutableArray.Create<ulong>(1, 2, 3), throughParties: true));
        await lane.Retire();

        // Deactivation follows the last call asynchronously: wait for it (bounded), without asserting how long it takes.
        var alive = await fixture.NegoSimActivationsAsync();
        for (var look = 0; alive > 0 && look < 200; look++)
        {
            await Task.Delay(50);
            alive = await fixture.NegoSimActivationsAsync();
        }

        Assert.Equal(0, alive);
    }

    [Fact]
    public async Task A_scenario_the_silo_cannot_compile_fails_the_call_with_the_readers_message()
    {
        var broken = new ScenarioSource([new SourceFile("/scenarios/broken.yaml", "broken.yaml", "name: [unclosed\n")]);

        var error = await Assert.ThrowsAsync<ScenarioException>(() => fixture.Client.GetGrain<INegotiationGrain>(NewKey()).Run(new RunRequest(broken, 0)));

        Assert.True(error.Message.StartsWith("broken.yaml", StringComparison.Ordinal), error.ToString());
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }
}
