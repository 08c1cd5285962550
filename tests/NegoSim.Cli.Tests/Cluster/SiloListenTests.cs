using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// A silo listens only on the address it advertises (issue 35: `--cluster 127.0.0.1:PORT` advertised 127.0.0.1 but
/// listened on every interface, unauthenticated Orleans endpoints open to the network); `--listen 0.0.0.0` opens it
/// to every address. The other address tried is 127.0.0.2: on Linux the whole of 127.0.0.0/8 reaches this machine,
/// so a socket bound to every address answers there and one bound to 127.0.0.1 does not.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiloListenTests
{
    private static readonly IPAddress Other = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task A_silo_on_a_cluster_on_this_machine_answers_on_its_address_only()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 0);
        var (silo, gateway, dashboard) = DistinctPorts();
        await cluster.AddSiloAsync("--silo-port", Text(silo), "--gateway-port", Text(gateway), "--dashboard", Text(dashboard));

        foreach (var port in new[] { silo, gateway, dashboard })
        {
            Assert.True(await AnswersAsync(IPAddress.Loopback, port), $"nothing answers on 127.0.0.1:{port}");
            Assert.False(await AnswersAsync(Other, port), $"127.0.0.2:{port} answers: the silo listens beyond its address");
        }
    }

    [Fact]
    public async Task A_silo_told_to_listen_on_every_address_answers_on_another()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 0);
        var (silo, gateway, _) = DistinctPorts();
        await cluster.AddSiloAsync("--silo-port", Text(silo), "--gateway-port", Text(gateway), "--listen", "0.0.0.0");

        Assert.True(await AnswersAsync(Other, silo));
        Assert.True(await AnswersAsync(Other, gateway));
    }

    /// <summary>Three free ports, no two the same (a silo refuses one port for two uses).</summary>
    private static (int, int, int) DistinctPorts()
    {
        var ports = new HashSet<int>();
        while (ports.Count < 3)
        {
            ports.Add(NegoSim.Hosting.FreePort.Find());
        }

        var taken = ports.ToArray();
        return (taken[0], taken[1], taken[2]);
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether a TCP connection to the address and port is accepted (refused is an answer too: no).</summary>
    private static async Task<bool> AnswersAsync(IPAddress address, int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(address, port).WaitAsync(TimeSpan.FromSeconds(10));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
