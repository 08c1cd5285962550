using System.Collections.Concurrent;
using System.Diagnostics;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Tests.Telemetry;

public sealed class NegotiationTelemetryTests
{
    [Fact]
    public async Task A_run_is_a_tree_of_negotiation_rounds_offers_responses_and_a_ratify_with_votes()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "NegoSim",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var tables = new ScenarioTables(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()));
        using var test = new Activity("test").Start();

        var result = await AlternatingOffers.RunAsync(tables, 0, new LocalParties(tables));

        var negotiation = Assert.Single(spans, s => s.OperationName == "negotiation" && s.ParentSpanId == test.SpanId);
        var mine = spans.Where(s => s.TraceId == test.TraceId).ToList();
        Assert.Equal("split", negotiation.GetTagItem("negosim.scenario"));
        Assert.Equal("ratified", negotiation.GetTagItem("negosim.status"));
        Assert.Equal(4, negotiation.GetTagItem("negosim.round"));

        var rounds = mine.Where(s => s.OperationName == "round").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(result.Rounds.Length, rounds.Count);
        Assert.All(rounds, r => Assert.Equal(negotiation.SpanId, r.ParentSpanId));
        var firstPropose = Assert.Single(mine, s => s.OperationName == "propose" && s.ParentSpanId == rounds[0].SpanId);
        Assert.Equal("seller", firstPropose.GetTagItem("negosim.party"));
        Assert.Equal("share=10", firstPropose.GetTagItem("negosim.offer"));
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

        await Assert.ThrowsAsync<InvalidOperationException>(() => AlternatingOffers.RunAsync(new ScenarioTables(scenario), 0, new BrokenParties()).AsTask());

        var negotiation = Assert.Single(spans, s => s.OperationName == "negotiation" && Equals(s.GetTagItem("negosim.scenario"), scenario.Name));
        Assert.Equal(ActivityStatusCode.Error, negotiation.Status);
        Assert.Equal("the negotiator is unreachable", negotiation.StatusDescription);
        Assert.Contains(negotiation.Events, e => e.Name == "exception");
    }
}
