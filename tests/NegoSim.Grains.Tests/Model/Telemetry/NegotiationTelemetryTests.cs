using System.Collections.Concurrent;
using System.Diagnostics;
using NegoSim.Grains.Grains;

namespace NegoSim.Grains.Tests.Model.Telemetry;

public sealed class NegotiationTelemetryTests
{
    [Fact]
    public async Task A_run_is_a_tree_of_negotiation_rounds_offers_responses_grain_calls_and_a_ratify_with_votes()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "NegoSim" or "NegoSim.Silo",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var silo = await NegotiationSilo.StartAsync();
        var key = $"traced-{Guid.NewGuid():N}";

        var result = await silo.RunAsync(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()), 0, runKey: key);

        var run = Assert.Single(spans, s => Equals(s.GetTagItem("negosim.grain.key"), key));
        var mine = spans.Where(s => s.TraceId == run.TraceId).ToList();
        var negotiation = Assert.Single(mine, s => s.OperationName == "negotiation");
        Assert.Equal(run.SpanId, negotiation.ParentSpanId);
        Assert.Equal("split", negotiation.GetTagItem("negosim.scenario"));
        Assert.Equal("ratified", negotiation.GetTagItem("negosim.status"));
        Assert.Equal(4, negotiation.GetTagItem("negosim.round"));

        var rounds = mine.Where(s => s.OperationName == "round").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(result.Rounds.Length, rounds.Count);
        Assert.All(rounds, r => Assert.Equal(negotiation.SpanId, r.ParentSpanId));
        var firstPropose = Assert.Single(mine, s => s.OperationName == "propose" && s.ParentSpanId == rounds[0].SpanId);
        Assert.Equal("seller", firstPropose.GetTagItem("negosim.party"));
        Assert.Equal("share=10", firstPropose.GetTagItem("negosim.offer"));
        var grainCall = Assert.Single(mine, s => s.ParentSpanId == firstPropose.SpanId);
        Assert.Equal("INegotiatorGrain/Propose", grainCall.OperationName);
        var firstRespond = Assert.Single(mine, s => s.OperationName == "respond" && s.ParentSpanId == rounds[0].SpanId);
        Assert.Equal("below-reservation", firstRespond.GetTagItem("negosim.response"));

        var ratify = Assert.Single(mine, s => s.OperationName == "ratify");
        Assert.Equal(negotiation.SpanId, ratify.ParentSpanId);
        Assert.Equal(true, ratify.GetTagItem("negosim.passed"));
        var vote = Assert.Single(ratify.Events);
        Assert.Equal("vote", vote.Name);
        Assert.Contains(vote.Tags, t => t.Key == "negosim.faction" && Equals(t.Value, "bloc"));
    }

    [Fact]
    public async Task A_failed_run_is_an_error_span_with_the_exception()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "NegoSim",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var scenario = TestScenarios.Split() with { Name = $"broken-{Guid.NewGuid():N}" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => NegoSim.Grains.Model.Protocol.AlternatingOffers.RunAsync(scenario, 0, new BrokenParties()).AsTask());

        var negotiation = Assert.Single(spans, s => s.OperationName == "negotiation" && Equals(s.GetTagItem("negosim.scenario"), scenario.Name));
        Assert.Equal(ActivityStatusCode.Error, negotiation.Status);
        Assert.Equal("the negotiator is unreachable", negotiation.StatusDescription);
        Assert.Contains(negotiation.Events, e => e.Name == "exception");
    }
}
