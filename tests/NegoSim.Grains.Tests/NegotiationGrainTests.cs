using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Tests;

[Collection(nameof(ClusterFixture))]
public sealed class NegotiationGrainTests(ClusterFixture fixture)
{
    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static NegotiationResult Direct(CompiledScenario file, ulong seed, bool recordRounds = true) =>
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
    public async Task Runs_leave_no_activation_behind()
    {
        var source = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => fixture.Client.GetGrain<INegotiationGrain>(NewKey()).Run(new RunRequest(source, (ulong)i))));

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
