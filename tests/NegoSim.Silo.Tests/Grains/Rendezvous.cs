namespace NegoSim.Silo.Tests.Grains;

/// <summary>A gate that opens once a given number of callers have arrived; callers wait on it together.</summary>
public sealed class Rendezvous
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task ArriveAsync(int expected)
    {
        if (Interlocked.Increment(ref _arrived) >= expected)
        {
            _open.TrySetResult();
        }

        return _open.Task;
    }
}
