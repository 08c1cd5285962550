using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// A real cluster on this machine for a test: a redis-server on a free loopback port (no files written) and
/// <c>negosim silo</c> processes joined through it. Disposing kills every process it started.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly Process _redis;
    private readonly List<Process> _silos = [];

    private LocalCluster(Process redis, string address)
    {
        _redis = redis;
        Address = address;
    }

    /// <summary>The Redis of the cluster, as <c>--cluster</c> takes it.</summary>
    public string Address { get; }

    public IReadOnlyList<Process> Silos => _silos;

    public static async Task<LocalCluster> StartAsync(int silos)
    {
        var port = NegoSim.Hosting.FreePort.Find();
        var redis = Start(RedisServer(), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no");
        var cluster = new LocalCluster(redis, $"127.0.0.1:{port}");
        await cluster.WaitForRedisAsync(port);
        for (var i = 0; i < silos; i++)
        {
            await cluster.AddSiloAsync();
        }

        return cluster;
    }

    /// <summary>Starts one more <c>negosim silo</c> and waits (bounded) until it says it has joined.</summary>
    public async Task AddSiloAsync(params string[] extra)
    {
        var silo = Start("dotnet", [typeof(NegoSim.Cli.Commands.NegoSimCli).Assembly.Location, "silo", "--cluster", Address, .. extra]);
        _silos.Add(silo);
        var joined = new TaskCompletionSource();
        silo.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("joined", StringComparison.Ordinal) == true)
            {
                joined.TrySetResult();
            }
        };
        silo.BeginOutputReadLine();
        silo.BeginErrorReadLine();
        await joined.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>kill -9.</summary>
    public static void Kill(Process process) => process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _silos.Append(_redis))
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    private static Process Start(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }

    private static string RedisServer() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it).");

    private async Task WaitForRedisAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (!_redis.HasExited)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {port}.");
    }
}
