using NegoSim.Silo;

namespace NegoSim.Benchmarks.Silo;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> Ping(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    private int _total;

    public Task<int> Ping(int value) => Task.FromResult(_total += value);
}
