using BenchmarkDotNet.Attributes;
using NegoSim.Silo;

namespace NegoSim.Benchmarks.Silo;

/// <summary>The cost of one non-awaiting grain call through the silo, against the same call on a plain object (Task and ValueTask methods).</summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private SiloHost _silo = null!;
    private IPingGrain _direct = null!;
    private IPingGrain _grain = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _silo = new SiloBuilder().AddGrain<PingGrain>().Build();
        await _silo.StartAsync();
        _direct = new PingGrain();
        _grain = _silo.GrainFactory.GetGrain<IPingGrain>("bench");
        await _grain.Ping(0);
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    [Benchmark(Baseline = true)]
    public Task<int> DirectCall() => _direct.Ping(1);

    [Benchmark]
    public Task<int> GrainCall() => _grain.Ping(1);

    [Benchmark]
    public ValueTask<int> DirectCallValueTask() => _direct.PingValue(1);

    [Benchmark]
    public ValueTask<int> GrainCallValueTask() => _grain.PingValue(1);
}
