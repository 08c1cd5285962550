using BenchmarkDotNet.Attributes;
using NegoSim.Grains.Grains;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Runner.Scenarios;

namespace NegoSim.Benchmarks.Negotiation;

/// <summary>One run of the flagship scenario (5,808 outcomes, deadline 12), with its transcript: the model driven directly, and through the grains.</summary>
[MemoryDiagnoser]
public class FlagshipRunBenchmarks
{
    private Scenario _scenario = null!;
    private NegotiationSilo _silo = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = ScenarioReader.Load(RepoFiles.Path("scenarios/minerals-2025/minerals-deal.yaml")).Scenario;
        _silo = await NegotiationSilo.StartAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<NegotiationResult> Direct() => await AlternatingOffers.RunAsync(_scenario, 1, new LocalParties());

    [Benchmark]
    public Task<NegotiationResult> ThroughGrains() => _silo.RunAsync(_scenario, 1);
}
