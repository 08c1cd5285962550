using System.Diagnostics;
using System.Text.Json;
using NegoSim.Cli.Commands;

namespace NegoSim.Cli.Tests.Cluster;

[CollectionDefinition(nameof(ClusterSweepTests), DisableParallelization = true)]
public sealed class ClusterCollection;

/// <summary>
/// Sweeps on a real cluster of this machine: redis-server, <c>negosim silo</c> processes and a <c>negosim sweep</c>
/// client. Alone in their collection: a silo killed on purpose must not share the cores with other tests' work.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(ClusterSweepTests))]
public sealed class ClusterSweepTests : IDisposable
{
    private static readonly string Benchmark = Path.Combine(Cli.RepoRoot, "bench", "scenarios", "sweep-benchmark.yaml");
    private readonly List<string> _files = [];

    private string Temp()
    {
        var path = Path.Combine(Path.GetTempPath(), $"negosim-cluster-{Guid.NewGuid():N}.csv");
        _files.AddRange([path, path + ".json"]);
        return path;
    }

    public void Dispose()
    {
        foreach (var file in _files.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_sweep_on_two_silos_writes_the_file_a_single_process_writes()
    {
        string[] sweep = ["sweep", Benchmark, "--vary", "pressure=0.3:0.1:0.6", "--runs", "2000", "--seed", "5"];
        var (local, clustered) = (Temp(), Temp());
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", local])).Exit);
        await using var cluster = await LocalCluster.StartAsync(silos: 2);

        var (exit, _, error) = await Cli.RunProcess(null, [.. sweep, "--out", clustered, "--cluster", cluster.Address]);

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllBytes(local), File.ReadAllBytes(clustered));
        using var manifest = JsonDocument.Parse(File.ReadAllText(clustered + ".json"));
        Assert.Equal(cluster.Address, manifest.RootElement.GetProperty("cluster").GetString());
        Assert.Equal(2, manifest.RootElement.GetProperty("silos").GetInt32());
    }

    [Fact]
    public async Task A_silo_killed_mid_sweep_loses_no_row_and_duplicates_none()
    {
        string[] sweep = ["sweep", Benchmark, "--vary", "pressure=0.3:0.1:0.6", "--runs", "60000", "--seed", "9"];
        var (local, clustered) = (Temp(), Temp());
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", local])).Exit);
        await using var cluster = await LocalCluster.StartAsync(silos: 2);

        var before = cluster.Silos.Select(s => s.TotalProcessorTime).ToArray();
        using var client = Start([.. sweep, "--out", clustered, "--cluster", cluster.Address]);
        var error = client.StandardError.ReadToEndAsync();

        // Once rows are being written, kill -9 the silo that has done the most work since the sweep began: it holds batches.
        await UntilAsync(() => File.Exists(clustered) && new FileInfo(clustered).Length > 20_000);
        var busiest = Enumerable.Range(0, cluster.Silos.Count).MaxBy(i => cluster.Silos[i].TotalProcessorTime - before[i]);
        LocalCluster.Kill(cluster.Silos[busiest]);
        await client.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));

        Assert.True(client.ExitCode == 0, await error);
        Assert.Contains("a silo was lost", await error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(local), File.ReadAllBytes(clustered));
    }

    [Fact]
    public async Task A_silo_killed_among_three_is_one_line_in_each_survivors_log_and_the_dashboard_answers_throughout()
    {
        string[] sweep = ["sweep", Benchmark, "--vary", "pressure=0.3:0.1:0.6", "--runs", "60000", "--seed", "4"];
        var (local, clustered) = (Temp(), Temp());
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", local])).Exit);
        var board = NegoSim.Hosting.FreePort.Find();
        await using var cluster = await LocalCluster.StartAsync(silos: 0);
        await cluster.AddSiloAsync("--dashboard", $"{board}");
        await cluster.AddSiloAsync();
        await cluster.AddSiloAsync();
        var victim = cluster.Silos[1];
        var victimPort = System.Text.RegularExpressions.Regex.Match(string.Join('\n', cluster.Log(victim)), @"silo port (\d+)").Groups[1].Value;

        // The Orleans Dashboard on the first silo is asked for its counters all along.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var stop = new CancellationTokenSource();
        var answers = new List<System.Net.HttpStatusCode>();
        var asking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var reply = await http.GetAsync($"http://127.0.0.1:{board}/DashboardCounters", CancellationToken.None);
                answers.Add(reply.StatusCode);
                await Task.Delay(200, CancellationToken.None);
            }
        });

        using var client = Start([.. sweep, "--out", clustered, "--cluster", cluster.Address]);
        var error = client.StandardError.ReadToEndAsync();
        await UntilAsync(() => File.Exists(clustered) && new FileInfo(clustered).Length > 20_000);
        LocalCluster.Kill(victim);
        await client.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));

        // The survivors say the silo is gone once each (the cluster declares it dead within seconds), without a stack trace.
        var survivors = new[] { cluster.Silos[0], cluster.Silos[2] };
        await UntilAsync(() => survivors.All(s => cluster.Log(s).Any(l => l.Contains("is gone", StringComparison.Ordinal))));
        await stop.CancelAsync();
        await asking;

        Assert.True(client.ExitCode == 0, await error);
        Assert.Equal(File.ReadAllBytes(local), File.ReadAllBytes(clustered));
        foreach (var survivor in survivors)
        {
            var log = cluster.Log(survivor);
            var gone = Assert.Single(log, l => l.Contains("is gone", StringComparison.Ordinal));
            Assert.Contains($"silo 127.0.0.1:{victimPort}@", gone, StringComparison.Ordinal);
            Assert.DoesNotContain(log, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
            Assert.All(log, l => Assert.False(l.Contains("fail:", StringComparison.Ordinal), $"a survivor's log has an error: {l}")); // the whole line, to tell what failed
        }

        // Every request answered, never with an error of its own (500); at most one 503 (Service Unavailable), which
        // the dashboard itself gives now and then (once in fifteen runs of bench/failover.sh) while the lost silo is
        // being declared dead.
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.True(a is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.ServiceUnavailable, $"the dashboard answered {a}"));
        Assert.True(answers.Count(a => a != System.Net.HttpStatusCode.OK) <= 1, $"the dashboard answered 503 {answers.Count(a => a != System.Net.HttpStatusCode.OK)} times");
    }

    [Fact]
    public async Task When_the_whole_cluster_is_gone_the_client_stops_clearly_and_resume_finishes_the_file()
    {
        string[] sweep = ["sweep", Benchmark, "--vary", "pressure=0.3:0.1:0.6", "--runs", "60000", "--seed", "3"];
        var (local, clustered) = (Temp(), Temp());
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", local])).Exit);
        await using var cluster = await LocalCluster.StartAsync(silos: 1);

        using var client = Start([.. sweep, "--out", clustered, "--cluster", cluster.Address]);
        var error = client.StandardError.ReadToEndAsync();
        await UntilAsync(() => File.Exists(clustered) && new FileInfo(clustered).Length > 20_000);
        LocalCluster.Kill(cluster.Silos[0]);
        await client.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));

        Assert.Equal(1, client.ExitCode);
        var message = (await error).Split('\n').Single(l => l.Contains("stopped after", StringComparison.Ordinal));
        Assert.Contains("--resume", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await error, StringComparison.Ordinal);

        // Finished here, without the cluster: the same file as an uninterrupted sweep.
        Assert.Equal(0, (await Cli.Run([.. sweep, "--out", clustered, "--resume"])).Exit);
        Assert.Equal(File.ReadAllBytes(local), File.ReadAllBytes(clustered));
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(NegoSimCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        return process;
    }

    /// <summary>Waits (bounded) for a condition the test needs before it acts; it asserts nothing about how long that takes.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        for (var look = 0; !condition(); look++)
        {
            Assert.True(look < 6000, "the condition never came about");
            await Task.Delay(20);
        }
    }
}
