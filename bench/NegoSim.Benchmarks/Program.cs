using BenchmarkDotNet.Running;

namespace NegoSim.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/NegoSim.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
