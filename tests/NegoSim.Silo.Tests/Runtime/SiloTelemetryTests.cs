using System.Collections.Concurrent;
using System.Diagnostics;
using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests.Runtime;

public sealed class SiloTelemetryTests
{
    [Fact]
    public async Task Each_grain_call_is_a_span_named_interface_slash_method_under_its_caller()
    {
        var key = $"trace-{Guid.NewGuid():N}";
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "NegoSim.Silo" or "NegoSim.Silo.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("NegoSim.Silo.Tests");
        await using var silo = await TestSilo.StartAsync();

        using (var root = source.StartActivity("test-root"))
        {
            await silo.GrainFactory.GetGrain<IRelayGrain>(key).Relay();
        }

        var mine = spans.Where(s => Equals(s.GetTagItem("negosim.grain.key"), key) || s.OperationName == "test-root").ToList();
        var rootSpan = Assert.Single(mine, s => s.OperationName == "test-root");
        var relay = Assert.Single(mine, s => s.OperationName == "IRelayGrain/Relay");
        var increment = Assert.Single(mine, s => s.OperationName == "ICounterGrain/Increment");
        Assert.Equal("NegoSim.Silo", relay.Source.Name);
        Assert.Equal(rootSpan.SpanId, relay.ParentSpanId);
        Assert.Equal(relay.SpanId, increment.ParentSpanId);
        Assert.Equal(rootSpan.TraceId, increment.TraceId);
        Assert.Equal("Relay", relay.GetTagItem("rpc.method"));
    }

    [Fact]
    public async Task A_failed_call_is_an_error_span_with_the_exception()
    {
        var key = $"fail-{Guid.NewGuid():N}";
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "NegoSim.Silo",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        await using var silo = await TestSilo.StartAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() => silo.GrainFactory.GetGrain<IFaultyGrain>(key).ThrowLater("boom"));

        var span = Assert.Single(spans, s => Equals(s.GetTagItem("negosim.grain.key"), key));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("boom", span.StatusDescription);
        Assert.Contains(span.Events, e => e.Name == "exception");
    }

    [Fact]
    public async Task After_a_call_the_callers_current_activity_is_restored()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "NegoSim.Silo" or "NegoSim.Silo.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("NegoSim.Silo.Tests");
        await using var silo = await TestSilo.StartAsync();

        using var root = source.StartActivity("caller");
        await silo.GrainFactory.GetGrain<ICounterGrain>($"c-{Guid.NewGuid():N}").IncrementSlowly();

        Assert.Same(root, Activity.Current);
    }
}
