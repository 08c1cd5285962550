using NegoSim.Grains.Grains;

namespace NegoSim.Grains.Tests.Grains;

public sealed class NegotiationGrainTests
{
    [Fact]
    public async Task A_run_through_the_grains_equals_the_model_driven_directly()
    {
        await using var silo = await NegotiationSilo.StartAsync();
        for (var seed = 0; seed < 40; seed++)
        {
            var scenario = TestScenarios.Random(seed);

            var viaGrains = await silo.RunAsync(scenario, (ulong)seed);
            var direct = TestScenarios.Play(scenario, (ulong)seed);

            Assert.Equal((direct.Status, direct.Deal, direct.Round), (viaGrains.Status, viaGrains.Deal, viaGrains.Round));
            Assert.Equal(direct.Rounds.Select(r => (r.Offer, r.Target)), viaGrains.Rounds.Select(r => (r.Offer, r.Target)));
            Assert.Equal(direct.Votes.Select(v => v.Yes), viaGrains.Votes.Select(v => v.Yes));
        }
    }

    [Fact]
    public async Task Every_run_retires_its_grains()
    {
        await using var silo = await NegotiationSilo.StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => silo.RunAsync(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()), (ulong)i)));

        Assert.Equal(0, silo.ActivationCount);
    }

    [Fact]
    public async Task Runs_without_a_transcript_reach_the_same_outcome()
    {
        await using var silo = await NegotiationSilo.StartAsync();
        var scenario = TestScenarios.Split(buyerRatifier: TestScenarios.Parliament());

        var full = await silo.RunAsync(scenario, 3);
        var bare = await silo.RunAsync(scenario, 3, recordRounds: false);

        Assert.Empty(bare.Rounds);
        Assert.Equal((full.Status, full.Deal, full.Round), (bare.Status, bare.Deal, bare.Round));
    }
}

[Collection(nameof(Allocations))]
public sealed class NegotiationGrainAllocationTests
{
    [Fact]
    public async Task Rounds_through_the_grains_allocate_nothing_when_no_transcript_is_kept()
    {
        await using var silo = await NegotiationSilo.StartAsync();

        long Run(int deadline)
        {
            var scenario = Allocations.Deadlock(deadline);
            return Allocations.Of(() =>
            {
                var run = silo.RunAsync(scenario, 1, recordRounds: false, runKey: "measured");
                return run.IsCompletedSuccessfully && run.Result.Status == NegoSim.Grains.Model.Protocol.OutcomeStatus.NoAgreement;
            });
        }

        var twenty = Run(20);
        var twoHundred = Run(200);

        // 180 more rounds are 360 more grain calls: even 4 bytes a call would show as 1,440.
        Assert.True(twoHundred - twenty < 1_000, $"20 rounds: {twenty:N0} B, 200 rounds: {twoHundred:N0} B");
    }
}
