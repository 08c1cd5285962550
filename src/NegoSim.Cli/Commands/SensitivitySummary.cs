using System.Globalization;
using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Cli.Commands;

/// <summary>A sensitivity analysis as text: per output, the parameters from the most to the least influential.</summary>
internal static class SensitivitySummary
{
    public static void Write(TextWriter w, SensitivityResult result)
    {
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"{result.Design} over {result.Parameters.Length} parameters: {result.Points:N0} design points × {result.RunsPerPoint} run(s){(result.RowsFile is { } rows ? $"; rows in {rows}" : "")}"));
        var width = Math.Max(9, result.Parameters.Max(p => p.Length));
        foreach (var output in result.Outputs)
        {
            w.WriteLine();
            if (output.Sobol is { } sobol)
            {
                w.WriteLine($"{output.Name}: Sobol' indices (95% intervals), by total index{(output.Constant ? " — it never varied" : "")}");
                w.WriteLine($"  {"parameter".PadRight(width)}      S1              ST");
                foreach (var i in sobol.Indices.OrderByDescending(i => i.ST))
                {
                    w.WriteLine(string.Create(c, $"  {i.Parameter.PadRight(width)}  {i.S1,6:0.000} ±{i.S1Conf,5:0.000}   {i.ST,6:0.000} ±{i.STConf,5:0.000}"));
                }

                if (sobol.S2 is { } s2)
                {
                    var pairs = Enumerable.Range(0, s2.Length).SelectMany(j => Enumerable.Range(j + 1, s2.Length - j - 1).Select(k => (j, k)))
                        .OrderByDescending(p => Math.Abs(s2[p.j][p.k])).Take(10).ToList();
                    w.WriteLine("  second order (the largest pairs):");
                    foreach (var (j, k) in pairs)
                    {
                        w.WriteLine(string.Create(c, $"    {result.Parameters[j]} × {result.Parameters[k]}  {s2[j][k],6:0.000} ±{sobol.S2Conf![j][k],5:0.000}"));
                    }
                }
            }
            else
            {
                w.WriteLine($"{output.Name}: Morris screening (μ* with its 95% interval), by μ*{(output.Constant ? " — it never varied" : "")}");
                w.WriteLine($"  {"parameter".PadRight(width)}      μ*              μ        σ");
                foreach (var m in output.Morris.OrderByDescending(m => m.MuStar))
                {
                    w.WriteLine(string.Create(c, $"  {m.Parameter.PadRight(width)}  {m.MuStar,6:0.000} ±{m.MuStarConf,5:0.000}  {m.Mu,7:0.000}  {m.Sigma,7:0.000}"));
                }
            }
        }
    }
}
