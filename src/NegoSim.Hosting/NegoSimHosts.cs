using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NegoSim.Grains;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace NegoSim.Hosting;

/// <summary>
/// Every Orleans host and client NegoSim makes, built here and nowhere else: the embedded silo of <c>run</c> and
/// <c>sweep</c>, a cluster's silo (<c>negosim silo</c>), a cluster's client, and the silo the classroom's web app is
/// co-hosted with. Each has the NegoSim grains (<see cref="NegoSimSiloBuilderExtensions.AddNegoSim"/>) and Orleans'
/// grain-call spans; a product adds what its own grains need through <c>grains</c>.
/// </summary>
public static class NegoSimHosts
{
    /// <summary>A silo in this process, with localhost clustering on a free port and no gateway (nothing else connects to it); no logging.</summary>
    public static IHost EmbeddedSilo() =>
        new HostBuilder()
            .UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort: FreePort.Find(), gatewayPort: 0, serviceId: ClusterNames.ServiceId, clusterId: $"embedded-{Guid.NewGuid():N}")
                .AddNegoSim()
                .AddActivityPropagation())
            .Build();

    /// <summary>A client of the cluster whose membership is kept in the Redis at <paramref name="redis"/> (HOST:PORT); no logging.</summary>
    public static IHost ClusterClient(string redis, TimeSpan responseTimeout) =>
        new HostBuilder()
            .UseOrleansClient(client => client
                .UseRedisClustering(redis)
                .Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout)
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId))
                .AddActivityPropagation())
            .Build();

    /// <summary>
    /// One silo of a cluster (membership in the Redis at <paramref name="redis"/>), or, without one, a one-silo
    /// development cluster on localhost; with <paramref name="dashboard"/>, the Orleans Dashboard on that port.
    /// </summary>
    public static IHost ClusterSilo(string? redis, SiloPorts ports, int? dashboard, Action<ISiloBuilder>? grains = null)
    {
        ArgumentNullException.ThrowIfNull(ports);
        if (dashboard is not { } port)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            ConfigureClusterSilo(builder, redis, ports, withDashboard: false, grains);
            return builder.Build();
        }

        var web = WebApplication.CreateSlimBuilder();
        web.WebHost.UseUrls($"http://{Url(ports.ListenOn)}:{port}");
        ConfigureClusterSilo(web, redis, ports, withDashboard: true, grains);
        var app = web.Build();

        // While a lost silo is not yet declared dead (seconds), a dashboard request that reaches for it fails (a call
        // that cannot be delivered, the dashboard's grain failing to activate, a call timing out): it is asked again,
        // for a few seconds, rather than answered with an error page. Whatever failed (a test once met a failure of
        // another type, which reached the log as an error), unless the one asking went away.
        app.Use(async (context, next) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await next(context);
                    return;
                }
                catch (Exception) when (!context.RequestAborted.IsCancellationRequested && attempt < DashboardAttempts && !context.Response.HasStarted && HttpMethods.IsGet(context.Request.Method))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), context.RequestAborted);
                }
            }
        });
        app.MapOrleansDashboard();
        return app;
    }

    /// <summary>
    /// A web app that listens at <paramref name="url"/> (such as <c>http://0.0.0.0:5000</c>), co-hosted with a silo of
    /// its own (localhost clustering, no gateway), as the Orleans samples co-host them; the caller maps its routes.
    /// </summary>
    /// <param name="url">Where the web app listens.</param>
    /// <param name="maxRequestBodySize">The largest request body it reads.</param>
    /// <param name="grains">What the silo adds (the caller's grain storage).</param>
    /// <param name="cluster">With a Redis (HOST:PORT) and ports, the silo joins that cluster (as <c>negosim silo --cluster</c> does) rather than being a cluster of its own.</param>
    public static WebApplicationBuilder WebAppWithSilo(string url, long maxRequestBodySize, Action<ISiloBuilder>? grains = null, (string Redis, SiloPorts Ports)? cluster = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(url).ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxRequestBodySize);
        QuietLogging(builder.Logging);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        if (cluster is not null)
        {
            QuietClusterLogging(builder.Logging);
            builder.Services.AddHostedService<LostSiloNotice>();
        }

        builder.UseOrleans(silo =>
        {
            if (cluster is var (redis, ports))
            {
                JoinCluster(silo, redis, ports);
            }
            else
            {
                silo.UseLocalhostClustering(siloPort: FreePort.Find(), gatewayPort: 0, serviceId: ClusterNames.ServiceId, clusterId: $"web-{Guid.NewGuid():N}");
            }

            silo.AddNegoSim().AddActivityPropagation();
            grains?.Invoke(silo);
        });
        return builder;
    }

    /// <summary>How often a dashboard request is tried while a silo is being declared dead (every half second, for up to 15 s).</summary>
    private const int DashboardAttempts = 30;

    private static string Url(IPAddress address) => address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();

    /// <summary>
    /// Warnings and errors only, one line each without stack traces; Orleans' notes on GC settings and its watchdog are
    /// not news to a user, and neither are the connection and membership errors that follow a lost silo (dozens of
    /// lines until the cluster declares it dead): a cluster's silo says so once (<see cref="LostSiloNotice"/>).
    /// </summary>
    private static void QuietLogging(ILoggingBuilder logging) =>
        logging.ClearProviders()
            .AddConsole(o => o.FormatterName = OneLineConsoleFormatter.Name).AddConsoleFormatter<OneLineConsoleFormatter, ConsoleFormatterOptions>()
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error)
            .AddFilter("Orleans.Runtime.Messaging", LogLevel.Critical).AddFilter("Orleans.Messaging", LogLevel.Critical)
            .AddFilter("Orleans.Runtime.MembershipService", LogLevel.Critical).AddFilter("Polly", LogLevel.Critical)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Error)
            .AddFilter(typeof(LostSiloNotice).FullName, LogLevel.Information);

    /// <summary>What a cluster's silo does not say: what follows a lost silo until it is declared dead, said once by <see cref="LostSiloNotice"/>.</summary>
    private static void QuietClusterLogging(ILoggingBuilder logging)
    {
        // A lost silo's directory entries fail to update until it is declared dead: retried, and said once by the notice.
        logging.AddFilter("Orleans.Grain", LogLevel.Critical).AddFilter("Orleans.Runtime.GrainCallCancellationManager", LogLevel.Critical);

        // So do the directory's hand-offs, the client routing table and the manifest a joining silo sends to or asks of
        // a dead silo still listed (a line a second each, 85 lines while a silo joined past a killed one).
        logging.AddFilter("Orleans.Runtime.GrainDirectory", LogLevel.Critical).AddFilter("Orleans.Runtime.Metadata", LogLevel.Error);

        // A lane's batch is one turn by design, often longer than the second after which Orleans warns of a long turn.
        logging.AddFilter("Orleans.Runtime.Scheduler.WorkItemGroup", LogLevel.Error);
    }

    /// <summary>
    /// Joins the cluster whose membership is in the Redis at <paramref name="redis"/>, at <paramref name="ports"/>.
    /// A killed silo is declared dead after two probes of two seconds go unanswered (Orleans' defaults: three of
    /// five): the survivors stop routing to it within seconds (docs/cluster.md, "What happens on faults"). A silo
    /// writes that it is alive every 3 s, and an entry two writes late is stale (Orleans: 30 s, three): a silo
    /// joining a cluster whose only silo was killed waits for the dead entry to go stale before it can declare it
    /// dead and join: about 11 s instead of 95 s (bench/README.md, "A silo joining past a dead one").
    /// </summary>
    private static void JoinCluster(ISiloBuilder silo, string redis, SiloPorts ports)
    {
        silo.UseRedisClustering(redis)
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId))
            .Configure<EndpointOptions>(o =>
            {
                o.AdvertisedIPAddress = ports.Advertised;
                o.SiloListeningEndpoint = new IPEndPoint(ports.ListenOn, ports.Silo);
                o.GatewayListeningEndpoint = new IPEndPoint(ports.ListenOn, ports.Gateway);
                (o.SiloPort, o.GatewayPort) = (ports.Silo, ports.Gateway);
            });
        Membership(silo);
    }

    private static void Membership(ISiloBuilder silo) =>
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            (o.ProbeTimeout, o.NumMissedProbesLimit) = (TimeSpan.FromSeconds(2), 2);
            (o.IAmAliveTablePublishTimeout, o.NumMissedTableIAmAliveLimit) = (TimeSpan.FromSeconds(3), 2);
        });

    private static void ConfigureClusterSilo(IHostApplicationBuilder builder, string? redis, SiloPorts ports, bool withDashboard, Action<ISiloBuilder>? grains)
    {
        QuietLogging(builder.Logging);
        QuietClusterLogging(builder.Logging);
        builder.Services.AddHostedService<LostSiloNotice>();
        if (Telemetry.SiloTelemetry.Wanted)
        {
            Telemetry.SiloTelemetry.AddTo(builder);
        }

        builder.UseOrleans(silo =>
        {
            if (redis is null)
            {
                // Localhost clustering listens on loopback only.
                silo.UseLocalhostClustering(ports.Silo, ports.Gateway, serviceId: ClusterNames.ServiceId, clusterId: ClusterNames.ClusterId);
                Membership(silo);
            }
            else
            {
                JoinCluster(silo, redis, ports);
            }

            silo.AddNegoSim().AddActivityPropagation();
            grains?.Invoke(silo);
            if (withDashboard)
            {
                silo.AddDashboard();
            }
        });
    }
}
