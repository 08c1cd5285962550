using System.Diagnostics;
using NegoSim.Cli.Commands;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>
/// A real negosim process killed in the middle of a sweep leaves the beginning of the uninterrupted file (whole rows when
/// stopped; after SIGKILL perhaps a last row cut short), and --resume finishes the file.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SweepKillTests
{
    private static readonly string Negosim = typeof(NegoSimCli).Assembly.Location;

    [Theory]
    [InlineData("KILL")]
    [InlineData("TERM")]
    public async Task A_killed_sweep_resumes_into_the_uninterrupted_file(string signal)
    {
        var scenario = Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml");
        // 11 × 31 points × 120 runs = 40,920 runs, several seconds: the signal, sent by a process started after the first
        // progress line, must come mid-way even when other tests load the machine (at 20,460 runs it once came too late).
        string[] sweep = ["sweep", scenario, "--vary", "guarantee_weight=0:0.1:1", "--vary", "rada_demand=0.3:0.02:0.9", "--runs", "120", "--workers", "2"];
        var (whole, cut) = (Temp(), Temp());
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", whole])).Exit);

        using (var process = Start([.. sweep, "--out", cut]))
        {
            // Progress lines come at each tenth of the way when stderr is not a terminal: kill after the first. A thread
            // of its own reads the line and sends the signal (kill(2)) at once: on the thread pool, busy with the other
            // tests' sweeps, the signal could come after the sweep had finished.
            var first = new TaskCompletionSource<string?>();
            var watcher = new Thread(() =>
            {
                var line = process.StandardError.ReadLine();
                if (line is not null)
                {
                    Posix.Signal(process.Id, signal == "KILL" ? Posix.KillNow : Posix.Terminate);
                }

                first.SetResult(line);
            }) { IsBackground = true };
            watcher.Start();
            Assert.StartsWith("negosim sweep:", await first.Task.WaitAsync(TimeSpan.FromMinutes(2)));

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            var rest = await process.StandardError.ReadToEndAsync();
            Assert.True(process.ExitCode != 0, $"exit {process.ExitCode} after SIG{signal}; it wrote: {rest}");
        }

        // What the killed sweep wrote is the uninterrupted file's beginning. Stopped (TERM), it ends with a whole row;
        // killed (KILL), the system may have stopped a write of several pages between two of them (it looks for a
        // fatal signal before each page), cutting the last row short: --resume cuts that row off and writes it again.
        var rows = File.ReadAllText(cut);
        Assert.StartsWith(rows, File.ReadAllText(whole), StringComparison.Ordinal);
        if (signal == "TERM")
        {
            Assert.EndsWith("\n", rows);
        }

        Assert.True(rows.Split('\n').Length - 2 < 40_920, "the kill came too late to test anything");

        var (exit, _, _) = await Cli.Run([.. sweep, "--out", cut, "--resume"]);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(cut));
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), $"negosim-kill-{Guid.NewGuid():N}.csv");

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Negosim);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
