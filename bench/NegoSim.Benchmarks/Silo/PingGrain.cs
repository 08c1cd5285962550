using NegoSim.Silo;

namespace NegoSim.Benchmarks.Silo;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);

    /// <summary>The same answer as a <see cref="ValueTask{TResult}"/>: a call answered at once allocates nothing.</summary>
    ValueTask<int> PingValue(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    private int _total;

    public Task<int> Ping(int value) => Task.FromResult(_total += value);

    public ValueTask<int> PingValue(int value) => ValueTask.FromResult(_total += value);
}
