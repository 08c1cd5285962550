using BenchmarkDotNet.Attributes;
using NegoSim.Hosting;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Benchmarks.Sweeps;

/// <summary>
/// A sweep of the benchmark scenario (2 negotiators, a 5-faction ratifier, 5 terms, 3,000 outcomes, deadline 20):
/// 20,000 runs per invocation, rows formatted as CSV and written to a null sink, on an embedded silo started once.
/// Engines: <c>batch</c> (negotiation grains play batches), <c>grains</c> (every run through the party grains),
/// <c>direct</c> (no Orleans). The time reported is per run; runs per second = 1 / that.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private const int Runs = 20_000;
    private SweepPlan _plan = null!;
    private SweepColumns _columns = null!;
    private SiloConnection _silo = null!;

    [Params("batch", "grains", "direct")]
    public string Engine { get; set; } = "batch";

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var grid = SweepGrid.Create([VaryAxis.Parse("pressure=0.3,0.4,0.5,0.6")], Runs / 4);
        _plan = new SweepPlan(RepoFiles.Source("bench/scenarios/sweep-benchmark.yaml"), grid, 1, Shard.Whole);
        _columns = SweepColumns.For(grid.Axes.Select(a => a.Name), _plan.ScenarioAt(0).Scenario);
        _silo = await SiloConnection.StartEmbeddedAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    [Benchmark(OperationsPerInvoke = Runs)]
    public async Task<long> Sweep()
    {
        await using ISweepEngine engine = Engine == "direct" ? new DirectSweepEngine() : new GrainSweepEngine(_silo, throughParties: Engine == "grains");
        var format = SweepFormat.Create("csv", _columns);
        using var output = SweepOutput.ToWriter(TextWriter.Null, format.Header);
        var (written, _, _) = await new SweepRunner(_plan, _columns, engine, Workers).RunAsync(0, format, output, _ => { }, CancellationToken.None);
        return written;
    }
}
