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
