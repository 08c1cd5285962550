using BenchmarkDotNet.Attributes;
using NegoSim.Hosting;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Benchmarks.Negotiation;

/// <summary>
/// One run of the flagship scenario (5,808 outcomes, deadline 12), with its transcript: the model driven directly, and
/// through real Orleans grains in an embedded silo (a negotiation grain and its party grains, activated and retired).
/// </summary>
[MemoryDiagnoser]
public class FlagshipRunBenchmarks
{
    private CompiledScenario _scenario = null!;
    private SiloConnection _silo = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _scenario = ScenarioReader.Read(RepoFiles.Source("scenarios/minerals-2025/minerals-deal.yaml"));
        _silo = await SiloConnection.StartEmbeddedAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    [Benchmark(Baseline = true)]
    public async Task<NegotiationResult> Direct() => await AlternatingOffers.RunAsync(_scenario.Tables, 1, new LocalParties(_scenario.Tables));

    [Benchmark]
    public Task<NegotiationResult> ThroughGrains() => _silo.RunAsync(_scenario, 1);
}
