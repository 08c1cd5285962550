using System.Diagnostics;
using NegoSim.Cli.Commands;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>A sweep over many grid points holds only a few points' scenarios at once, whatever the grid's size.</summary>
[Trait("Category", "Slow")]
public sealed class SweepMemoryTests
{
    [Fact]
    public async Task A_sweep_of_a_thousand_points_runs_in_a_48_MB_heap()
    {
        // Each grid point in hand holds its scenario's tables and analysis (tens to hundreds of KB here). Workers may be
        // only a few points ahead of the writer, so the heap needed does not grow with the grid; when they could run a
        // thousand rows ahead, a one-run-per-point sweep like this one held hundreds of points and could run out of it.
        var scenario = Path.Combine(Cli.RepoRoot, "bench", "scenarios", "sweep-benchmark.yaml");
        var output = Path.Combine(Path.GetTempPath(), $"negosim-memory-{Guid.NewGuid():N}.csv");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x3000000";
        foreach (var arg in (string[])[typeof(NegoSimCli).Assembly.Location, "sweep", scenario, "--vary", "pressure=0:0.001:1", "--runs", "1", "--workers", "2", "--out", output])
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));

            Assert.True(process.ExitCode == 0, await errors);
            Assert.Equal(1002, File.ReadAllLines(output).Length);
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
        }
    }
}
