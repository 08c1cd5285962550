using NegoSim.Silo.Runtime;

namespace NegoSim.Silo.Tests.Runtime;

public sealed class TurnTests
{
    [Fact]
    public void A_held_turn_cannot_be_taken_until_it_is_exited()
    {
        var turn = new Turn();

        Assert.True(turn.TryEnter());
        Assert.False(turn.TryEnter());
        turn.Exit();
        Assert.True(turn.TryEnter());
    }

    [Fact]
    public async Task Waiters_get_the_turn_in_arrival_order_one_at_a_time()
    {
        var turn = new Turn();
        Assert.True(turn.TryEnter());

        var first = turn.EnterAsync(Timeout.InfiniteTimeSpan);
        var second = turn.EnterAsync(Timeout.InfiniteTimeSpan);
        Assert.False(first.IsCompleted);

        turn.Exit();
        Assert.True(await first);
        Assert.False(second.IsCompleted);
        Assert.False(turn.TryEnter());

        turn.Exit();
        Assert.True(await second);
        turn.Exit();
        Assert.True(turn.TryEnter());
    }

    [Fact]
    public async Task A_waiter_that_times_out_gives_up_without_taking_or_losing_the_turn()
    {
        var turn = new Turn();
        Assert.True(turn.TryEnter());

        var late = turn.EnterAsync(TimeSpan.FromMilliseconds(1));
        var patient = turn.EnterAsync(Timeout.InfiniteTimeSpan);

        Assert.False(await late);
        turn.Exit();
        Assert.True(await patient);
        Assert.False(turn.TryEnter());
        turn.Exit();
        Assert.True(turn.TryEnter());
    }

    [Fact]
    public async Task Racing_takers_and_waiters_never_overlap_and_none_is_left_waiting()
    {
        var turn = new Turn();
        var inside = 0;
        var overlaps = 0;
        var entries = 0;

        async Task Worker(int id)
        {
            for (var i = 0; i < 5_000; i++)
            {
                if (!((i + id) % 3 == 0 && turn.TryEnter()))
                {
                    Assert.True(await turn.EnterAsync(Timeout.InfiniteTimeSpan));
                }

                if (Interlocked.Increment(ref inside) != 1)
                {
                    Interlocked.Increment(ref overlaps);
                }

                entries++;
                if (i % 7 == 0)
                {
                    await Task.Yield();
                }

                Interlocked.Decrement(ref inside);
                turn.Exit();
            }
        }

        var workers = Enumerable.Range(0, 8).Select(id => Task.Run(() => Worker(id))).ToArray();
        var all = Task.WhenAll(workers);

        // A lost wake-up would leave a waiter forever: the workers would never finish.
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromMinutes(2))));
        await all;
        Assert.Equal(0, overlaps);
        Assert.Equal(40_000, entries);
    }
}
