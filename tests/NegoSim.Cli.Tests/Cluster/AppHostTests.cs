using System.Diagnostics;
using System.Text.Json;
using NegoSim.Hosting;

namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// <c>dotnet run --project src/NegoSim.AppHost</c> as a user runs it (Aspire's orchestrator, Debian's redis-server, three
/// <c>negosim silo</c> processes and the Aspire dashboard), on free ports: a sweep uses the cluster it starts and writes
/// the file a single process writes, and the silos' telemetry reaches the dashboard.
/// </summary>
[Trait("Category", "Slow")]
[Collection(nameof(ClusterSweepTests))]
public sealed class AppHostTests
{
    [Fact]
    public async Task The_apphost_starts_a_three_silo_cluster_that_a_sweep_uses_with_its_telemetry_in_the_dashboard()
    {
        var (redisPort, orleansDashboard, frontend, otlp, otlpHttp) = (FreePort.Find(), FreePort.Find(), FreePort.Find(), FreePort.Find(), FreePort.Find());
        var home = Directory.CreateTempSubdirectory("apphost-home-").FullName;
        // The AppHost as built (what `dotnet run --project src/NegoSim.AppHost` runs once it has built it), with the
        // environment its launch profile sets, on free ports; its home (the dashboard's keys) a temporary folder.
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            Path.Combine(Cli.RepoRoot, "src", "NegoSim.AppHost", "bin", "Release", "net10.0", "NegoSim.AppHost.dll"),
            "--silos", "3", "--redis-port", $"{redisPort}", "--dashboard-port", $"{orleansDashboard}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{frontend}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{otlp}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{otlpHttp}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var apphost = Process.Start(start)!;
        apphost.OutputDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        apphost.ErrorDataReceived += (_, line) => log.Enqueue(line.Data ?? "");
        apphost.BeginOutputReadLine();
        apphost.BeginErrorReadLine();
        var rows = new[] { Path.Combine(Path.GetTempPath(), $"apphost-local-{Guid.NewGuid():N}.csv"), Path.Combine(Path.GetTempPath(), $"apphost-cluster-{Guid.NewGuid():N}.csv") };
        var redis = $"127.0.0.1:{redisPort}";
        try
        {
            // Ready when three silos are active in the Redis it started (bounded: the orchestrator and the silos start in seconds).
            var deadline = Stopwatch.StartNew();
            while (await ActiveSilos(redis) < 3)
            {
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(3) && !apphost.HasExited, "the AppHost did not start three silos: " + string.Join('\n', log.TakeLast(30)));
                await Task.Delay(500);
            }

            string[] sweep = ["sweep", Path.Combine(Cli.RepoRoot, "bench", "scenarios", "sweep-benchmark.yaml"), "--vary", "pressure=0.3:0.1:0.6", "--runs", "500", "--seed", "3"];
            Assert.Equal(0, (await Cli.Run([.. sweep, "--out", rows[0]])).Exit);
            var (exit, _, error) = await Cli.RunProcess(
                new Dictionary<string, string> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{otlp}", ["OTEL_SERVICE_NAME"] = "sweep" },
                [.. sweep, "--out", rows[1], "--cluster", redis, "--trace", "otlp", "--trace-sample", "0.01"]);

            Assert.True(exit == 0, error);
            Assert.Equal(File.ReadAllBytes(rows[0]), File.ReadAllBytes(rows[1]));
            using (var manifest = JsonDocument.Parse(File.ReadAllText(rows[1] + ".json")))
            {
                Assert.Equal(3, manifest.RootElement.GetProperty("silos").GetInt32());
            }

            // The silos' spans of the traced runs reach the AppHost's dashboard (a silo exports every few seconds).
            using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{frontend}/") };
            while (true)
            {
                var spans = await api.GetStringAsync("api/telemetry/spans?limit=100000");
                if (spans.Contains("\"silo-", StringComparison.Ordinal) && spans.Contains("negotiation ", StringComparison.Ordinal))
                {
                    break;
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(4), "no silo's spans reached the AppHost's dashboard");
                await Task.Delay(500);
            }
        }
        finally
        {
            // SIGTERM (as Ctrl-C): the orchestrator stops what it started.
            if (!apphost.HasExited)
            {
                try
                {
                    await LocalCluster.StopAsync(apphost).WaitAsync(TimeSpan.FromMinutes(1));
                }
                catch (TimeoutException)
                {
                    apphost.Kill(entireProcessTree: true);
                }
            }

            // The orchestrator (its files in this test process's temporary folder) stops the silos and redis-server just
            // after the AppHost has left: waited for (and, should one linger, killed), so that no process outlives the test.
            var stopping = Stopwatch.StartNew();
            while (ProcessesNaming(redis).Concat(ProcessesNaming(Path.Combine(Path.GetTempPath(), "aspire-dcp"))).ToList() is { Count: > 0 } left)
            {
                if (stopping.Elapsed > TimeSpan.FromMinutes(1))
                {
                    left.ForEach(p => p.Kill(entireProcessTree: true));
                }

                left.ForEach(p => p.Dispose());
                await Task.Delay(200);
            }

            Directory.Delete(home, recursive: true);
            foreach (var file in rows.SelectMany(r => new[] { r, r + ".json" }).Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The processes whose command line names <paramref name="text"/> (the cluster's Redis address: its silos and redis-server).</summary>
    private static IEnumerable<Process> ProcessesNaming(string text)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (int.TryParse(Path.GetFileName(folder), out var pid) && pid != Environment.ProcessId && commandLine.Contains(text, StringComparison.Ordinal))
            {
                Process? process = null;
                try
                {
                    process = Process.GetProcessById(pid);
                }
                catch (ArgumentException)
                {
                    // Gone meanwhile.
                }

                if (process is not null)
                {
                    yield return process;
                }
            }
        }
    }

    private static async Task<int> ActiveSilos(string redis)
    {
        try
        {
            await using var client = await SiloConnection.ConnectAsync(redis);
            return (await client.ActiveSilosAsync()).Length;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return 0;
        }
    }
}
