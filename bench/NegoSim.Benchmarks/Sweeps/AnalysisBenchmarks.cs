using BenchmarkDotNet.Attributes;
using NegoSim.Model;
using NegoSim.Sweeps.Discovery;
using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Benchmarks.Sweeps;

/// <summary>
/// The analyses of a sensitivity design and of scenario discovery, without the runs: Sobol' indices (first order,
/// total and their 100 bootstrap resamples) of N = 4,096 base samples over five parameters (28,672 outputs), with
/// second order too (49,152); Morris's measures of 1,000 trajectories over five parameters; and PRIM on 1,000,000
/// points of four inputs (two real, a whole number, a category) whose cases lie in a box, as in a large sweep.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class AnalysisBenchmarks
{
    private static readonly string[] Five = ["a", "b", "c", "d", "e"];
    private double[] _sobol = null!;
    private double[] _sobolSecond = null!;
    private double[][] _morrisDesign = null!;
    private double[] _morris = null!;
    private List<PrimColumn> _columns = null!;
    private bool[] _cases = null!;

    private static double Model(double[] x) => Math.Sin(x[0] * 6) + (3 * x[1] * x[1]) + (x[2] * x[3]) + (0.1 * x[4]);

    [GlobalSetup]
    public void Setup()
    {
        _sobol = [.. SaltelliDesign.Rows(4096, 5, secondOrder: false, seed: 1).Select(Model)];
        _sobolSecond = [.. SaltelliDesign.Rows(4096, 5, secondOrder: true, seed: 1).Select(Model)];
        _morrisDesign = MorrisDesign.Rows(1000, 5, 4, 1);
        _morris = [.. _morrisDesign.Select(Model)];
        var random = new RunRandom(7);
        const int n = 1_000_000;
        var x1 = new string[n];
        var x2 = new string[n];
        var k = new string[n];
        var cat = new string[n];
        _cases = new bool[n];
        string[] categories = ["boulware", "linear", "conceder"];
        for (var i = 0; i < n; i++)
        {
            var (a, b) = (random.NextDouble(), random.NextDouble());
            var whole = (int)(random.NextUInt64() % 21);
            var c = categories[(int)(random.NextUInt64() % 3)];
            (x1[i], x2[i], k[i], cat[i]) = (a.ToString("R", System.Globalization.CultureInfo.InvariantCulture), (10 * b).ToString("R", System.Globalization.CultureInfo.InvariantCulture), whole.ToString(System.Globalization.CultureInfo.InvariantCulture), c);
            _cases[i] = (a > 0.6 && b < 0.4 && whole >= 5) || random.NextDouble() < 0.03;
        }

        _columns = [PrimColumn.Of("x1", x1), PrimColumn.Of("x2", x2), PrimColumn.Of("k", k), PrimColumn.Of("cat", cat)];
    }

    [Benchmark]
    public double SobolFirstAndTotal() => SobolAnalysis.Analyze(_sobol, Five, secondOrder: false).Indices[0].ST;

    [Benchmark]
    public double SobolWithSecondOrder() => SobolAnalysis.Analyze(_sobolSecond, Five, secondOrder: true).S2![0][1];

    [Benchmark]
    public double Morris() => MorrisAnalysis.Analyze(_morrisDesign, _morris, Five, 4)[0].MuStar;

    [Benchmark]
    public double PrimOnAMillionPoints() => new Prim(_columns, _cases).Find(0.8).ChosenStep.Coverage;
}
