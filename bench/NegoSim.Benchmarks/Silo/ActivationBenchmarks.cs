using BenchmarkDotNet.Attributes;
using NegoSim.Silo;

namespace NegoSim.Benchmarks.Silo;

/// <summary>1,000 activations created by a first call each, then collected.</summary>
[MemoryDiagnoser]
public class ActivationBenchmarks
{
    private const int Activations = 1_000;
    private SiloHost _silo = null!;
    private string[] _keys = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _silo = new SiloBuilder().AddGrain<PingGrain>().Build();
        await _silo.StartAsync();
        _keys = Enumerable.Range(0, Activations).Select(i => $"key-{i}").ToArray();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    [Benchmark(OperationsPerInvoke = Activations)]
    public async Task<int> ActivateThenCollect()
    {
        var total = 0;
        foreach (var key in _keys)
        {
            total += await _silo.GrainFactory.GetGrain<IPingGrain>(key).Ping(1);
        }

        return total + await _silo.ForceActivationCollectionAsync(TimeSpan.Zero);
    }
}
