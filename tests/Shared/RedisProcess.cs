using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NegoSim.Tests;

/// <summary>
/// A real redis-server for a test, on a free loopback port, writing no files (Debian's <c>redis-server</c>, which
/// <c>.ci/run</c> installs). Disposing kills it.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private RedisProcess(Process process, int port)
    {
        Process = process;
        Port = port;
    }

    public Process Process { get; }

    public int Port { get; }

    /// <summary>HOST:PORT, as <c>--cluster</c> takes it.</summary>
    public string Address => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Starts a redis-server and waits (bounded) until it listens.</summary>
    public static async Task<RedisProcess> StartAsync()
    {
        var port = NegoSim.Hosting.FreePort.Find();
        var start = new ProcessStartInfo(Program()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        var redis = new RedisProcess(Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start."), port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return redis;
            }
            catch (SocketException) when (!redis.Process.HasExited)
            {
                await Task.Delay(50);
            }
        }

        await redis.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not listen on {port}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
    }

    private static string Program() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it).");
}
