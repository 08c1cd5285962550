using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests;

public sealed class SiloHostTests
{
    [Fact]
    public async Task Stopping_deactivates_every_activation_with_the_shutdown_reason()
    {
        var silo = await TestSilo.StartAsync();
        var log = silo.Log();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => silo.GrainFactory.GetGrain<ICounterGrain>($"s{i}").Increment()));

        await silo.StopAsync();

        Assert.Equal(50, log.Events.Count(e => e.EndsWith(" ShuttingDown", StringComparison.Ordinal)));
        Assert.Equal(0, silo.ActivationCount);
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task Stopping_waits_for_a_request_in_progress()
    {
        var silo = await TestSilo.StartAsync();
        var log = silo.Log();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("late");
        await grain.Increment();

        var slow = grain.IncrementSlowly();
        await silo.StopAsync();

        Assert.Equal(2, await slow);
        Assert.Equal("deactivate late ShuttingDown", log.Events[^1]);
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task Stopping_abandons_a_request_that_outlives_the_deactivation_timeout_and_says_so()
    {
        var silo = await TestSilo.StartAsync(o => o.DeactivationTimeout = TimeSpan.FromMilliseconds(100));
        _ = silo.GrainFactory.GetGrain<IFaultyGrain>("forever").Hang();

        var error = await Assert.ThrowsAsync<AggregateException>(() => silo.StopAsync());

        var failure = Assert.Single(error.InnerExceptions);
        Assert.Contains("FaultyGrain/forever", failure.Message);
        Assert.Equal(0, silo.ActivationCount);
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task A_stopped_silo_refuses_calls_clearly()
    {
        var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("x");
        await silo.DisposeAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(grain.Increment);

        Assert.Contains("not running", error.Message);
    }

    [Fact]
    public async Task Forced_collection_deactivates_only_activations_idle_for_the_age_limit()
    {
        var clock = new ManualClock();
        await using var silo = await TestSilo.StartAsync(o => o.TimeProvider = clock);
        await silo.GrainFactory.GetGrain<ICounterGrain>("old").Increment();
        clock.Advance(TimeSpan.FromMinutes(10));
        await silo.GrainFactory.GetGrain<ICounterGrain>("new").Increment();

        var collected = await silo.ForceActivationCollectionAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(1, collected);
        Assert.Contains("deactivate old ActivationIdle", silo.Log().Events);
        Assert.DoesNotContain("deactivate new ActivationIdle", silo.Log().Events);
    }

    [Fact]
    public async Task The_idle_collector_deactivates_idle_activations_on_its_own()
    {
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.CollectionAge = TimeSpan.FromMilliseconds(20);
            o.CollectionQuantum = TimeSpan.FromMilliseconds(20);
        });
        var log = silo.Log();

        await silo.GrainFactory.GetGrain<ICounterGrain>("idle").Increment();
        await log.WhenLogged("deactivate idle ActivationIdle").WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, log.Count("deactivate idle ActivationIdle"));
        Assert.Equal(0, silo.ActivationCount);
    }
}
