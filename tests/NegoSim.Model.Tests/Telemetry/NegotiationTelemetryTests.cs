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
        using var listener = Listen(ActivitySamplingResult.AllDataAndRecorded, spans, stopped: true);
        var tables = new ScenarioTables(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()));
        using var test = new Activity("test").Start();

        var result = await AlternatingOffers.RunAsync(tables, 0, new LocalParties(tables));

        var negotiation = Assert.Single(spans, s => s.OperationName == "negotiation" && s.ParentSpanId == test.SpanId);
        var mine = spans.Where(s => s.TraceId == test.TraceId).ToList();
        Assert.Equal("negotiation split seed 0", negotiation.DisplayName);
        Assert.Equal("split", negotiation.GetTagItem("negosim.scenario"));
        Assert.Equal(0L, negotiation.GetTagItem("negosim.seed"));
        Assert.Equal("ratified", negotiation.GetTagItem("negosim.status"));
        Assert.Equal(4, negotiation.GetTagItem("negosim.round"));
        Assert.Equal(true, negotiation.GetTagItem("negosim.ratification_required"));

        // The deal's terms as attributes, and each party's final utility as an event: by hand, the buyer's parliament
        // passes a share of at most 5; signed at share s, the seller has s/10 and the buyer 1 − s/10.
        var share = Assert.IsType<double>(negotiation.GetTagItem("negosim.deal.share"));
        Assert.InRange(share, 0, 5);
        var outcomes = negotiation.Events.Where(e => e.Name == "outcome").ToDictionary(e => (string)e.Tags.Single(t => t.Key == "negosim.party").Value!, e => (double)e.Tags.Single(t => t.Key == "negosim.utility").Value!);
        Assert.Equal(share / 10, outcomes["seller"], 9);
        Assert.Equal(1 - (share / 10), outcomes["buyer"], 9);

        var rounds = mine.Where(s => s.OperationName == "round").OrderBy(s => s.StartTimeUtc).ToList();
        Assert.Equal(result.Rounds.Length, rounds.Count);
        Assert.All(rounds, r => Assert.Equal(negotiation.SpanId, r.ParentSpanId));
        var firstPropose = Assert.Single(mine, s => s.OperationName == "propose" && s.ParentSpanId == rounds[0].SpanId);
        Assert.Equal("seller", firstPropose.GetTagItem("negosim.party"));
        Assert.Equal(10.0, firstPropose.GetTagItem("negosim.offer.share"));
        Assert.Equal([("seller", 1.0), ("buyer", 0.0)], firstPropose.Events.Select(e => ((string)e.Tags.First(t => t.Key == "negosim.party").Value!, (double)e.Tags.First(t => t.Key == "negosim.utility").Value!)));
        var firstRespond = Assert.Single(mine, s => s.OperationName == "respond" && s.ParentSpanId == rounds[0].SpanId);
        Assert.Equal("below-reservation", firstRespond.GetTagItem("negosim.response"));

        // The buyer answered round 1 with round 2's offer: round 2 only tables it, linked to the answer that made it.
        Assert.Equal(true, firstRespond.GetTagItem("negosim.counter_offer"));
        var tabled = Assert.Single(mine, s => s.ParentSpanId == rounds[1].SpanId && s.OperationName != "respond");
        Assert.Equal("counter-offer", tabled.OperationName);
        Assert.Equal("buyer", tabled.GetTagItem("negosim.party"));
        Assert.Equal(firstRespond.SpanId, Assert.Single(tabled.Links).Context.SpanId);

        var ratify = Assert.Single(mine, s => s.OperationName == "ratify");
        Assert.Equal(negotiation.SpanId, ratify.ParentSpanId);
        Assert.Equal(true, ratify.GetTagItem("negosim.passed"));
        var vote = Assert.Single(ratify.Events);
        Assert.Equal("vote", vote.Name);
        Assert.Contains(vote.Tags, t => t.Key == "negosim.faction" && Equals(t.Value, "bloc"));
    }

    [Fact]
    public async Task A_run_whose_span_is_not_recorded_makes_no_spans_below_it()
    {
        // A sampler that drops the run still makes its span, unrecorded, to carry the trace's context (OpenTelemetry's
        // SDK does so for a dropped span); nothing beneath it may be made, recorded or not.
        var scenario = TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()) with { Name = $"dropped-{Guid.NewGuid():N}" };
        var made = new ConcurrentQueue<Activity>();
        using var listener = Listen(ActivitySamplingResult.PropagationData, made, stopped: false);
        using var test = new Activity("test").Start();
        var tables = new ScenarioTables(scenario);

        var result = await AlternatingOffers.RunAsync(tables, 0, new LocalParties(tables));

        Assert.Equal(4, result.Round);
        var mine = made.Where(s => s.TraceId == test.TraceId).ToList();
        Assert.Equal("negotiation", Assert.Single(mine).OperationName);
        Assert.False(mine[0].Recorded);
    }

    [Fact]
    public async Task A_failed_run_is_an_error_span_with_the_exception()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(ActivitySamplingResult.AllDataAndRecorded, spans, stopped: true);
        var scenario = TestScenarios.Split() with { Name = $"broken-{Guid.NewGuid():N}" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => AlternatingOffers.RunAsync(new ScenarioTables(scenario), 0, new BrokenParties()).AsTask());

        var negotiation = Assert.Single(spans, s => s.OperationName == "negotiation" && Equals(s.GetTagItem("negosim.scenario"), scenario.Name));
        Assert.Equal(ActivityStatusCode.Error, negotiation.Status);
        Assert.Equal("the negotiator is unreachable", negotiation.StatusDescription);
        Assert.Contains(negotiation.Events, e => e.Name == "exception");
    }

    /// <summary>Listens to NegoSim's spans with <paramref name="sampling"/>, queueing each when it stops (or starts).</summary>
    private static ActivityListener Listen(ActivitySamplingResult sampling, ConcurrentQueue<Activity> spans, bool stopped)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "NegoSim",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => sampling,
            ActivityStopped = stopped ? spans.Enqueue : null,
            ActivityStarted = stopped ? null : spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
