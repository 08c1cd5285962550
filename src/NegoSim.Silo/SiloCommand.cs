using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NegoSim.Grains;
using Orleans.Configuration;

namespace NegoSim.Silo;

/// <summary>
/// <c>negosim silo</c> (also this project's own program): runs one silo with the NegoSim grains until Ctrl-C or
/// SIGTERM. With <c>--cluster HOST:PORT</c> it joins the cluster whose membership is kept in that Redis; without, it
/// is a one-silo development cluster on localhost.
/// </summary>
public static class SiloCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cluster = ClusterOption();
        var siloPort = new Option<int?>("--silo-port") { Description = "The port silos talk to each other on (default: a free one).", HelpName = "N" };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "The port clients connect to (default: a free one with --cluster, else 30000).", HelpName = "N" };
        var command = new Command("silo", "Run one silo of a NegoSim cluster (membership in Redis with --cluster) until Ctrl-C.")
        {
            cluster, siloPort, gatewayPort,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var redis = parsed.GetValue(cluster);
            if ((Problem(parsed.GetValue(siloPort), "--silo-port") ?? Problem(parsed.GetValue(gatewayPort), "--gateway-port")) is { } problem)
            {
                await error.WriteLineAsync($"negosim silo: {problem}");
                return 2;
            }

            var silo = parsed.GetValue(siloPort) ?? FreePort.Find();
            var gateway = parsed.GetValue(gatewayPort) ?? (redis is null ? EndpointOptions.DEFAULT_GATEWAY_PORT : FreePort.Find());
            using var host = new HostBuilder()
                .ConfigureLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
                .UseOrleans(builder =>
                {
                    if (redis is null)
                    {
                        builder.UseLocalhostClustering(silo, gateway, serviceId: ClusterNames.ServiceId, clusterId: ClusterNames.ClusterId);
                    }
                    else
                    {
                        builder.UseRedisClustering(redis)
                            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterNames.ClusterId, ClusterNames.ServiceId))
                            .Configure<EndpointOptions>(o =>
                            {
                                o.AdvertisedIPAddress = IPAddress.Loopback;
                                (o.SiloPort, o.GatewayPort) = (silo, gateway);
                            });
                    }

                    builder.AddNegoSim().AddActivityPropagation();
                })
                .UseConsoleLifetime(o => o.SuppressStatusMessages = true)
                .Build();
            await host.StartAsync(cancellation);
            await output.WriteLineAsync($"negosim silo: joined {(redis is null ? "a one-silo localhost cluster" : $"the cluster in Redis at {redis}")}; silo port {silo}, gateway port {gateway}. Ctrl-C to leave.");
            await host.WaitForShutdownAsync(cancellation);
            await output.WriteLineAsync("negosim silo: left the cluster.");
            return 0;
        });
        return command;
    }

    /// <summary><c>--cluster HOST:PORT</c>, or the <c>NEGOSIM_CLUSTER</c> variable: the Redis that keeps the cluster's membership.</summary>
    public static Option<string?> ClusterOption() => new("--cluster")
    {
        Description = "The Redis (HOST:PORT) that keeps the cluster's membership; default: the NEGOSIM_CLUSTER variable.",
        HelpName = "HOST:PORT",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEGOSIM_CLUSTER") is { Length: > 0 } value ? value : null,
    };

    /// <summary>What is wrong with a port given on the command line, or null.</summary>
    private static string? Problem(int? port, string option) => port switch
    {
        null => null,
        < 1 or > 65535 => $"{option} {port}: a port from 1 to 65535.",
        _ when !FreePort.IsFree(port.Value) => $"{option} {port}: the port is in use (another silo?); give another or leave it out for a free one.",
        _ => null,
    };
}
