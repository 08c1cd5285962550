using System.Net;
using System.Net.Sockets;
using NegoSim.Cli.Commands;

namespace NegoSim.Cli.Tests.Commands;

public sealed class SiloCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = SiloCommand.Create(output, error);
        var root = new System.CommandLine.RootCommand { command };
        var exit = await root.Parse(["silo", .. args]).InvokeAsync();
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_port_in_use_is_refused_with_one_line_rather_than_shared_silently()
    {
        using var taken = new TcpListener(IPAddress.Any, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, output, error) = await Run("--silo-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"negosim silo: --silo-port {port}: the port is in use (another silo?); give another or leave it out for a free one.", error.Trim());
    }

    [Fact]
    public async Task A_port_outside_the_range_is_refused()
    {
        var (exit, _, error) = await Run("--gateway-port", "70000");

        Assert.Equal(2, exit);
        Assert.Contains("--gateway-port 70000: a port from 1 to 65535.", error, StringComparison.Ordinal);
    }
}
