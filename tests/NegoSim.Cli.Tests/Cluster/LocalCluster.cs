using System.Diagnostics;

namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// A real cluster on this machine for a test: a redis-server on a free loopback port (no files written) and
/// <c>negosim silo</c> processes joined through it. Disposing kills every process it started.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly RedisProcess _redis;
    private readonly List<Process> _silos = [];

    private readonly IReadOnlyDictionary<string, string>? _environment;

    private LocalCluster(RedisProcess redis, IReadOnlyDictionary<string, string>? environment)
    {
        _redis = redis;
        _environment = environment;
    }

    /// <summary>The Redis of the cluster, as <c>--cluster</c> takes it.</summary>
    public string Address => _redis.Address;

    public IReadOnlyList<Process> Silos => _silos;

    private readonly Dictionary<Process, System.Collections.Concurrent.ConcurrentQueue<string>> _logs = [];

    /// <summary>What a silo has written so far, stdout and stderr, line by line.</summary>
    public IReadOnlyList<string> Log(Process silo) => [.. _logs[silo]];

    /// <param name="silos">How many silos to start.</param>
    /// <param name="environment">Variables the silos get beside this process's (OTEL_EXPORTER_OTLP_ENDPOINT, say).</param>
    public static async Task<LocalCluster> StartAsync(int silos, IReadOnlyDictionary<string, string>? environment = null)
    {
        var cluster = new LocalCluster(await RedisProcess.StartAsync(), environment);
        for (var i = 0; i < silos; i++)
        {
            await cluster.AddSiloAsync();
        }

        return cluster;
    }

    /// <summary>Starts one more <c>negosim silo</c> and waits (bounded) until it says it has joined.</summary>
    public async Task AddSiloAsync(params string[] extra)
    {
        var silo = Start(_environment, "dotnet", [typeof(NegoSim.Cli.Commands.NegoSimCli).Assembly.Location, "silo", "--cluster", Address, .. extra]);
        _silos.Add(silo);
        var log = _logs[silo] = new();
        var joined = new TaskCompletionSource();
        silo.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                log.Enqueue(text);
            }

            if (line.Data?.Contains("joined", StringComparison.Ordinal) == true)
            {
                joined.TrySetResult();
            }
        };
        silo.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                log.Enqueue(text);
            }
        };
        silo.BeginOutputReadLine();
        silo.BeginErrorReadLine();
        await joined.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>kill -9.</summary>
    public static void Kill(Process process) => process.Kill(entireProcessTree: true);

    /// <summary>kill -TERM (what Ctrl-C or an orchestrator sends), then waits until the process has left.</summary>
    public static async Task StopAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (Posix.Signal(process.Id, Posix.Terminate) != 0)
        {
            throw new InvalidOperationException($"kill -TERM {process.Id} failed.");
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _silos)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        await _redis.DisposeAsync();
    }

    private static Process Start(IReadOnlyDictionary<string, string>? environment, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    }
}
