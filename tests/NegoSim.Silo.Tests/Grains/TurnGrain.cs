namespace NegoSim.Silo.Tests.Grains;

public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields the thread twice, leaves; returns how many requests were inside at once at most so far.</summary>
    Task<int> Visit();

    /// <summary>Waits until <paramref name="expected"/> grains have arrived at the shared gate.</summary>
    Task Rendezvous(int expected);
}

public sealed class TurnGrain(Rendezvous gate) : Grain, ITurnGrain
{
    private int _inside;
    private int _maxInside;

    public async Task<int> Visit()
    {
        _maxInside = Math.Max(_maxInside, Interlocked.Increment(ref _inside));
        await Task.Yield();
        await Task.Delay(0);
        await Task.Yield();
        Interlocked.Decrement(ref _inside);
        return _maxInside;
    }

    public Task Rendezvous(int expected) => gate.ArriveAsync(expected);
}
