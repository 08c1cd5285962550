using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests;

public sealed class GrainTests
{
    [Fact]
    public async Task Activation_runs_before_the_first_call_and_deactivate_on_idle_after_the_request()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("g");

        await grain.Increment();
        await grain.Retire();

        Assert.Equal(
            ["activate g", "call g", "retire g", "deactivate g ApplicationRequested"],
            silo.Log().Events);
        Assert.Equal(0, silo.ActivationCount);
    }

    [Fact]
    public async Task A_call_after_deactivation_makes_a_fresh_activation_with_fresh_state()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("g");

        await grain.Increment();
        await grain.Increment();
        await grain.Retire();
        var afterRestart = await grain.Increment();

        Assert.Equal(1, afterRestart);
        Assert.Equal(2, silo.Log().Count("activate g"));
    }

    [Fact]
    public async Task Deactivation_waits_for_queued_requests_to_move_to_the_next_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("busy");

        var work = Enumerable.Range(0, 200).Select(i => Task.Run(() => i == 100 ? grain.Retire() : grain.Increment())).ToArray();
        await Task.WhenAll(work);

        var events = silo.Log().Events;
        var deactivation = events.ToList().IndexOf("deactivate busy ApplicationRequested");
        Assert.True(deactivation > 0);
        Assert.Equal("retire busy", events[deactivation - 1]);
        Assert.Equal(199, silo.Log().Count("call busy"));
    }

    [Fact]
    public void A_grain_constructed_outside_a_silo_says_so()
    {
        var grain = new CounterGrain(new LifecycleLog());

        var error = Assert.Throws<InvalidOperationException>(() => grain.GetPrimaryKeyString());

        Assert.Contains("outside a silo", error.Message);
    }
}
