namespace NegoSim.Silo.Runtime;

/// <summary>
/// An activation's turn: one request at a time. Taken with one compare-and-swap when free (the fast path allocates
/// nothing and takes no lock); otherwise awaited in arrival order, and handed straight to the longest waiter on exit.
/// A caller that takes a free turn may go before queued waiters, as with <see cref="SemaphoreSlim.Wait(int)"/>.
/// </summary>
internal sealed class Turn
{
    private static readonly Task<bool> Entered = Task.FromResult(true);

    private Queue<TaskCompletionSource<bool>>? _waiters;
    private int _held;
    private int _waiting;

    /// <summary>Takes the turn if it is free.</summary>
    public bool TryEnter() => Interlocked.CompareExchange(ref _held, 1, 0) == 0;

    /// <summary>Takes the turn when it comes; false if <paramref name="timeout"/> passes first.</summary>
    public Task<bool> EnterAsync(TimeSpan timeout)
    {
        if (TryEnter())
        {
            return Entered;
        }

        TaskCompletionSource<bool> waiter;
        lock (this)
        {
            // Announce the wait before the last look: an Exit after this sees the waiter, one before it left the turn free.
            Interlocked.Increment(ref _waiting);
            if (TryEnter())
            {
                Interlocked.Decrement(ref _waiting);
                return Entered;
            }

            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            (_waiters ??= new Queue<TaskCompletionSource<bool>>()).Enqueue(waiter);
        }

        return timeout == Timeout.InfiniteTimeSpan ? waiter.Task : WaitAsync(waiter, timeout);
    }

    /// <summary>Ends the turn: hands it to the longest waiter still waiting, or frees it.</summary>
    public void Exit()
    {
        while (true)
        {
            if (Volatile.Read(ref _waiting) > 0 && HandOver())
            {
                return;
            }

            Interlocked.Exchange(ref _held, 0);

            // A waiter that announced itself as the turn was freed may have looked before it was: take the turn back
            // and hand it over. If someone else took it, their exit hands it over.
            if (Volatile.Read(ref _waiting) == 0 || !TryEnter())
            {
                return;
            }
        }
    }

    private bool HandOver()
    {
        lock (this)
        {
            while (_waiters is not null && _waiters.TryDequeue(out var waiter))
            {
                Interlocked.Decrement(ref _waiting);
                if (waiter.TrySetResult(true))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static async Task<bool> WaitAsync(TaskCompletionSource<bool> waiter, TimeSpan timeout)
    {
        try
        {
            return await waiter.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Give up, unless the turn was handed over meanwhile: then it is ours.
            return !waiter.TrySetResult(false) && waiter.Task.Result;
        }
    }
}
