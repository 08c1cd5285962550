using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Telemetry;

namespace NegoSim.Hosting;

/// <summary>
/// Where the runner's grains live: an embedded silo in this process (the default; its client is co-hosted), or the
/// silos of a running cluster, joined as an Orleans client through the cluster's Redis membership.
/// </summary>
public sealed class SiloConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private SiloConnection(IHost host, ScenarioCatalog? catalog)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        LocalCatalog = catalog;
    }

    /// <summary>
    /// How long a client waits for a grain's answer before giving up on it (Orleans' default is 30 s). A sweep's batch
    /// takes milliseconds; a silo that died holding one is noticed sooner by the cluster, and the batch is played again.
    /// </summary>
    public static readonly TimeSpan ClientResponseTimeout = TimeSpan.FromSeconds(15);

    public IClusterClient Client { get; }

    /// <summary>The embedded silo's catalog; null for a client of a cluster.</summary>
    public ScenarioCatalog? LocalCatalog { get; }

    /// <summary>Starts a silo in this process, with localhost clustering on a free port and no gateway (nothing else connects to it).</summary>
    public static async Task<SiloConnection> StartEmbeddedAsync(CancellationToken cancellation = default)
    {
        var host = NegoSimHosts.EmbeddedSilo();
        await host.StartAsync(cancellation);
        return new SiloConnection(host, host.Services.GetRequiredService<ScenarioCatalog>());
    }

    /// <summary>How long joining a cluster may take before the client says no silo answers.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Joins the cluster whose membership is kept in the Redis at <paramref name="redis"/> (HOST:PORT), as a client.</summary>
    /// <exception cref="Model.InputException">The address is not HOST:PORT, or no Redis or no live silo answers there within <see cref="ConnectTimeout"/>.</exception>
    public static async Task<SiloConnection> ConnectAsync(string redis, CancellationToken cancellation = default)
    {
        RedisAddress.Check(redis);
        var host = NegoSimHosts.ClusterClient(redis, ClientResponseTimeout);
        try
        {
            await host.StartAsync(cancellation).WaitAsync(ConnectTimeout, cancellation);
            var connection = new SiloConnection(host, null);

            // Connected to a gateway: one question shows that a silo also answers.
            await connection.ActiveSilosAsync().WaitAsync(ConnectTimeout, cancellation);
            return connection;
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or StackExchange.Redis.RedisException or System.Net.Sockets.SocketException)
        {
            _ = Task.Run(() => host.StopAsync(CancellationToken.None).ContinueWith(_ => host.Dispose(), TaskScheduler.Default), CancellationToken.None);
            throw new Model.InputException(e is StackExchange.Redis.RedisConnectionException || !await AnswersAsync(redis)
                ? $"--cluster {redis}: no Redis answers there; start it (redis-server) or check the address."
                : $"--cluster {redis}: no live silo of the cluster answered within {ConnectTimeout.TotalSeconds:0} s; start one with 'negosim silo --cluster {redis}' (docs/cluster.md).");
        }
    }

    /// <summary>Whether anything accepts a connection at HOST:PORT within two seconds (the Redis, when joining fails).</summary>
    private static async Task<bool> AnswersAsync(string redis)
    {
        var colon = redis.LastIndexOf(':');
        try
        {
            using var socket = new System.Net.Sockets.TcpClient();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.ConnectAsync(redis[..colon], int.Parse(redis[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), wait.Token);
            return true;
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Starts an embedded silo, or joins <paramref name="cluster"/> when one is named.</summary>
    public static Task<SiloConnection> OpenAsync(string? cluster, CancellationToken cancellation = default) =>
        string.IsNullOrEmpty(cluster) ? StartEmbeddedAsync(cancellation) : ConnectAsync(cluster, cancellation);

    /// <summary>Plays one run of a compiled scenario through the party grains, under a key no other client uses.</summary>
    public Task<NegotiationResult> RunAsync(CompiledScenario file, ulong seed, bool recordRounds = true)
    {
        ArgumentNullException.ThrowIfNull(file);
        return RunLentAsync(file, seed, recordRounds);
    }

    /// <summary>
    /// With an embedded silo, lends its grains the scenario this process compiled, until the lease is disposed, so they
    /// do not compile it again; null for a client of a cluster, whose silos compile what they are sent.
    /// </summary>
    public IDisposable? Lend(CompiledScenario file) => LocalCatalog?.Lend(file);

    /// <summary>True for an embedded silo, false for a client of a cluster.</summary>
    public bool IsEmbedded => LocalCatalog is not null;

    /// <summary>The silos of the cluster that are active now (Orleans' management grain).</summary>
    public async Task<SiloAddress[]> ActiveSilosAsync() =>
        [.. (await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Keys.OrderBy(s => s.ToString(), StringComparer.Ordinal)];

    /// <summary>Activations alive in the whole cluster now (Orleans' management grain).</summary>
    public Task<int> CountActivationsAsync() => Client.GetGrain<IManagementGrain>(0).GetTotalActivationCount();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private async Task<NegotiationResult> RunLentAsync(CompiledScenario file, ulong seed, bool recordRounds)
    {
        using var lease = Lend(file);

        // The trace's root, named after what was asked for (the grain calls and the negotiation's span go beneath it).
        using var span = NegotiationTelemetry.Source.StartActivity(string.Create(CultureInfo.InvariantCulture, $"run {file.Scenario.Name} seed {seed}"), ActivityKind.Client);
        span?.SetTag("negosim.scenario", file.Scenario.Name).SetTag("negosim.seed", NegotiationTelemetry.SeedValue(seed));
        return await Client.GetGrain<INegotiationGrain>(RunKeys.New()).Run(new RunRequest(file.Source, seed, recordRounds));
    }
}
