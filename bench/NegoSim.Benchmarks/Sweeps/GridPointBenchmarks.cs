using BenchmarkDotNet.Attributes;
using NegoSim.Hosting;
using NegoSim.Model.Analysis;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Benchmarks.Sweeps;

/// <summary>
/// Fine grids, one run per point: what a grid point costs. <c>Prepare</c> compiles the scenario at each point (its
/// tables and the Nash point and frontier its distance columns need) without playing; <c>Sweep</c> is the whole sweep
/// (prepare, play, format) on an embedded silo's negotiation grains (<c>batch</c>) or the model in-process
/// (<c>direct</c>). Grids: <c>benchmark</c> varies one negotiator's parameter of the sweep benchmark (3,000 outcomes)
/// over 1,000 values (a point changes its reservation only); <c>flagship</c> is a 40 × 25 grid of the minerals deal's two parameters (5,808 outcomes; every
/// point changes one negotiator). The time reported is per point.
/// </summary>
[MemoryDiagnoser]
public class GridPointBenchmarks
{
    private SweepColumns _columns = null!;
    private SiloConnection _silo = null!;

    [Params("benchmark", "flagship")]
    public string Grid { get; set; } = "benchmark";

    [GlobalSetup]
    public async Task Setup()
    {
        _columns = SweepColumns.For(NewPlan().Grid.Axes.Select(a => a.Name), NewPlan().ScenarioAt(0).Scenario);
        _silo = await SiloConnection.StartEmbeddedAsync();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _silo.DisposeAsync();

    /// <summary>A new plan for each invocation: a fresh template, so no point is found compiled by an earlier one (parsing the file once costs about a millisecond).</summary>
    private SweepPlan NewPlan()
    {
        var (file, axes) = Grid == "benchmark"
            ? ("bench/scenarios/sweep-benchmark.yaml", new[] { "pressure=0:0.001:0.999" })
            : ("scenarios/minerals-2025/minerals-deal.yaml", ["guarantee_weight=0.1:0.02:0.88", "reimbursement_demand=100:10:340"]);
        var grid = SweepGrid.Create([.. axes.Select(VaryAxis.Parse)], 1);
        return new SweepPlan(RepoFiles.Source(file), grid, 1, Shard.Whole);
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public double Prepare()
    {
        var plan = NewPlan();
        var sum = 0.0;
        for (var point = 0; point < plan.Grid.Points; point++)
        {
            var file = plan.ScenarioAt(point);
            var distances = new PointDistances(file.Tables);
            sum += distances.Of([.. file.Scenario.Negotiators.Select(n => n.Reservation)]).Nash ?? 0;
            sum += file.Tables.Stage(0).TablesOf(0).BestFeasible + file.Tables.Stage(0).TablesOf(1).BestFeasible;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    [Arguments("batch", 1)]
    [Arguments("batch", 2)]
    [Arguments("direct", 1)]
    [Arguments("direct", 2)]
    public async Task<long> Sweep(string engine, int workers)
    {
        await using ISweepEngine sweepEngine = engine == "direct" ? new DirectSweepEngine() : new GrainSweepEngine(_silo, throughParties: false);
        var format = SweepFormat.Create("csv", _columns);
        using var output = SweepOutput.ToWriter(TextWriter.Null, format.Header);
        var (written, _, _) = await new SweepRunner(NewPlan(), _columns, sweepEngine, workers).RunAsync(0, format, output, _ => { }, CancellationToken.None);
        return written;
    }
}
