using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NegoSim.Model;
using NegoSim.Model.Preferences;
using NegoSim.Model.Scenarios;

namespace NegoSim.Benchmarks.Negotiation;

/// <summary>
/// Putting the flagship's 5,808 outcomes in order of a party's utility, as each new point of a sampled sweep does for
/// the parties its values change: the tables of Washington and Kyiv at 32 points drawn over guarantee_weight and
/// reimbursement_demand (64 tables), each ordered once an operation.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class UtilityOrderBenchmarks
{
    private double[][] _tables = null!;

    [GlobalSetup]
    public void Setup()
    {
        var source = RepoFiles.Source("scenarios/minerals-2025/minerals-deal.yaml");
        var random = new RunRandom(11);
        var tables = new List<double[]>();
        for (var point = 0; point < 32; point++)
        {
            var weight = random.NextDouble().ToString("R", CultureInfo.InvariantCulture);
            var demand = (random.NextDouble() * 500).ToString("R", CultureInfo.InvariantCulture);
            var scenario = ScenarioReader.Read(new ScenarioSource(source.Files, varies: ImmutableArray.Create($"guarantee_weight={weight}", $"reimbursement_demand={demand}")));
            tables.AddRange(scenario.Scenario.Negotiators.Select(n => n.Utility.Tabulate()));
        }

        _tables = [.. tables];
    }

    [Benchmark(OperationsPerInvoke = 64)]
    public int Order()
    {
        var first = 0;
        foreach (var table in _tables)
        {
            first += UtilityFunction.Order(table)[0];
        }

        return first;
    }
}
