using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests.Runtime;

public sealed class SiloRuntimeTests
{
    [Fact]
    public async Task Racing_callers_share_one_activation_made_once()
    {
        await using var silo = await TestSilo.StartAsync();

        var counts = await Task.WhenAll(Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(() => silo.GrainFactory.GetGrain<ICounterGrain>("shared").Increment())));

        Assert.Equal(1, silo.Log().Count("activate shared"));
        Assert.Equal(Enumerable.Range(1, 1000), counts.Order());
        Assert.Equal(1, silo.ActivationCount);
    }

    [Fact]
    public async Task Concurrent_callers_never_overlap_inside_a_grain_even_across_awaits()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ITurnGrain>("one");

        var maxInside = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(grain.Visit)));

        Assert.All(maxInside, m => Assert.Equal(1, m));
    }

    [Fact]
    public async Task Awaiting_requests_are_serialised_so_no_update_is_lost()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<ICounterGrain>("slow");

        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(grain.IncrementSlowly)));

        Assert.Equal(500, results.Max());
    }

    [Fact]
    public async Task Different_activations_run_in_parallel()
    {
        // Every grain waits until all 1,000 have arrived: serial execution could never open the gate.
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));

        await Task.WhenAll(Enumerable.Range(0, 1000)
            .Select(i => silo.GrainFactory.GetGrain<ITurnGrain>($"parallel-{i}").Rendezvous(1000)));

        Assert.Equal(1000, silo.ActivationCount);
    }

    [Fact]
    public async Task A_call_cycle_between_non_reentrant_grains_times_out_naming_the_call()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => silo.GrainFactory.GetGrain<ICycleGrain>("alpha").Start("beta"));

        // alpha waits on beta, which waits on alpha: whichever call of the cycle gives up first is reported (under load,
        // timers may fire in any order), always naming interface, method and key.
        Assert.Matches(@"^Response did not arrive on time in 00:00:00.3000000 for ICycleGrain\.(Start|CallBack|Pong)\(\) on grain CycleGrain with key '(alpha|beta)'", error.Message);
        Assert.Contains("cycle", error.Message);
    }

    [Fact]
    public async Task Reentrant_grains_complete_the_same_cycle()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromSeconds(30));

        var answer = await silo.GrainFactory.GetGrain<IReentrantCycleGrain>("alpha").Start("beta");

        Assert.Equal("pong", answer);
    }

    [Fact]
    public async Task A_call_that_never_answers_times_out_naming_interface_method_and_key()
    {
        await using var silo = await TestSilo.StartAsync(o =>
        {
            o.ResponseTimeout = TimeSpan.FromMilliseconds(100);
            o.DeactivationTimeout = TimeSpan.FromMilliseconds(100);
        });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => silo.GrainFactory.GetGrain<IFaultyGrain>("stuck").Hang());

        Assert.Contains("IFaultyGrain.Hang()", error.Message);
        Assert.Contains("'stuck'", error.Message);
    }

    [Fact]
    public async Task A_synchronous_throw_reaches_the_caller_as_the_same_exception()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => silo.GrainFactory.GetGrain<IFaultyGrain>("f").ThrowNow("bad offer"));

        Assert.Equal("bad offer", error.Message);
    }

    [Fact]
    public async Task An_asynchronous_throw_reaches_the_caller_as_the_same_exception()
    {
        await using var silo = await TestSilo.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => silo.GrainFactory.GetGrain<IFaultyGrain>("f").ThrowLater("late"));

        Assert.Equal("late", error.Message);
    }

    [Fact]
    public async Task A_grain_survives_its_own_exception()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IFaultyGrain>("f");

        await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowNow("x"));
        await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowNow("y"));

        Assert.Equal(1, silo.ActivationCount);
    }

    [Fact]
    public async Task A_failing_activation_fails_the_call_and_leaves_no_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IFragileActivationGrain>("1-fails-once");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(grain.Hello);

        Assert.Equal("activation of 1-fails-once refused", error.Message);
        Assert.Equal(0, silo.ActivationCount);
        Assert.Equal("hello", await grain.Hello());
        Assert.Equal(2, silo.Log().Count("attempt 1-fails-once"));
    }

    [Fact]
    public async Task Callers_queued_behind_a_failing_activation_each_try_again()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.GrainFactory.GetGrain<IFragileActivationGrain>("1-queued");

        var calls = Enumerable.Range(0, 20).Select(_ => Task.Run(grain.Hello)).ToArray();
        await Task.WhenAll(calls).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.Equal(1, calls.Count(c => c.IsFaulted));
        Assert.Equal(19, calls.Count(c => c.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Nested_calls_between_grains_work()
    {
        await using var silo = await TestSilo.StartAsync();

        Assert.Equal(1, await silo.GrainFactory.GetGrain<IRelayGrain>("k").Relay());
        Assert.Equal(2, await silo.GrainFactory.GetGrain<IRelayGrain>("k").Relay());
    }
}
