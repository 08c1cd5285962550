using System.CommandLine;
using System.Net;
using NegoSim.Classroom.Storage;
using NegoSim.Hosting;
using Orleans.Configuration;

namespace NegoSim.Cli.Commands;

/// <summary>
/// <c>negosim silo</c> (also this project's own program): runs one silo with the NegoSim grains until Ctrl-C or
/// SIGTERM. With <c>--cluster HOST:PORT</c> it joins the cluster whose membership is kept in that Redis; without, it
/// is a one-silo development cluster on localhost. <c>--dashboard PORT</c> serves the Orleans Dashboard.
/// </summary>
public static class SiloCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cluster = ClusterOption();
        var siloPort = new Option<int?>("--silo-port") { Description = "The port silos talk to each other on (default: a free one).", HelpName = "N" };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "The port clients connect to (default: a free one; without --cluster, 30000 if it is free).", HelpName = "N" };
        var dashboard = new Option<int?>("--dashboard") { Description = "Serve the Orleans Dashboard on this port (http://HOST:PORT/).", HelpName = "PORT" };
        var advertise = new Option<string?>("--advertise")
        {
            Description = "The address other silos and clients reach this one at (default: 127.0.0.1 when the Redis is on this machine, else this machine's first IPv4 address).",
            HelpName = "IP",
        };
        var listen = new Option<string?>("--listen")
        {
            Description = "The address the silo, its gateway and its dashboard listen on (default: the advertised address; 0.0.0.0 for every interface).",
            HelpName = "IP",
        };
        var command = new Command("silo", "Run one silo of a NegoSim cluster (membership in Redis with --cluster) until Ctrl-C.")
        {
            cluster, siloPort, gatewayPort, dashboard, advertise, listen,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var redis = parsed.GetValue(cluster);
            var problem = Problem(parsed.GetValue(siloPort), "--silo-port") ?? Problem(parsed.GetValue(gatewayPort), "--gateway-port") ?? Problem(parsed.GetValue(dashboard), "--dashboard");
            IPAddress? address = null;
            if (problem is null && parsed.GetValue(advertise) is { } text && !IPAddress.TryParse(text, out address))
            {
                problem = $"--advertise {text}: an IP address, such as 10.0.0.5.";
            }

            IPAddress? listenOn = null;
            if (problem is null && parsed.GetValue(listen) is { } listenText && !IPAddress.TryParse(listenText, out listenOn))
            {
                problem = $"--listen {listenText}: an IP address, such as 0.0.0.0 (every interface) or 10.0.0.5.";
            }

            var given = new[] { ("--silo-port", parsed.GetValue(siloPort)), ("--gateway-port", parsed.GetValue(gatewayPort)), ("--dashboard", parsed.GetValue(dashboard)) }
                .Where(p => p.Item2 is not null).ToList();
            if (problem is null && given.GroupBy(p => p.Item2).FirstOrDefault(g => g.Count() > 1) is { } shared)
            {
                problem = $"{string.Join(" and ", shared.Select(p => p.Item1))} are both {shared.Key}: each needs a port of its own.";
            }

            if (problem is not null)
            {
                await error.WriteLineAsync($"negosim silo: {problem}");
                return 2;
            }

            var ports = new SiloPorts(
                parsed.GetValue(siloPort) ?? FreePort.Find(),
                parsed.GetValue(gatewayPort) ?? (redis is null && FreePort.IsFree(EndpointOptions.DEFAULT_GATEWAY_PORT) ? EndpointOptions.DEFAULT_GATEWAY_PORT : FreePort.Find()),
                address ?? SiloPorts.DefaultAdvertised(redis),
                listenOn);
            // A cluster's silos keep the classroom grains' state in its Redis, so that a classroom served on the
            // cluster (negosim serve --cluster) finds its tables and seats on whichever silo they are activated.
            using var host = NegoSimHosts.ClusterSilo(redis, ports, parsed.GetValue(dashboard), redis is null ? null : silo => silo.AddClassroomRedisStorage(redis));
            await host.StartAsync(cancellation);
            var where = redis is null ? "a one-silo localhost cluster" : $"the cluster in Redis at {redis}";
            var board = parsed.GetValue(dashboard) is { } port ? $"; dashboard on http://{ports.Advertised}:{port}/" : "";
            await output.WriteLineAsync($"negosim silo: joined {where} as {ports.Advertised}; silo port {ports.Silo}, gateway port {ports.Gateway}{board}. Ctrl-C to leave.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: leave the cluster cleanly.
            }

            await host.StopAsync(CancellationToken.None);
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
