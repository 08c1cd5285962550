using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NegoSim.Cli.Commands;
using NegoSim.Hosting;

namespace NegoSim.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Bad_input_is_one_line_and_exit_2_before_anything_is_served()
    {
        var (exit, _, error) = await Cli.Run("serve", "no-such-scenario.yaml", "--local", "--port", FreePort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((2, "no-such-scenario.yaml: no such file."), (exit, error.Trim()));

        (exit, _, error) = await Cli.Run("serve", Cli.Flagship, "--port", "70000");
        Assert.Equal((2, "negosim: --port 70000: a port from 1 to 65535."), (exit, error.Trim()));

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (exit, _, error) = await Cli.Run("serve", Cli.Flagship, "--local", "--port", port);
        Assert.Equal((2, $"negosim: --port {port}: the port is in use (another negosim serve?); give another with --port."), (exit, error.Trim()));
    }

    [Fact]
    public async Task A_served_classroom_answers_on_the_port_it_names_and_stops_cleanly_on_SIGTERM()
    {
        var port = FreePort.Find();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(NegoSimCli).Assembly.Location, "serve", Cli.Flagship, "--local", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            await ServeAndStop(process, port);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static async Task ServeAndStop(Process process, int port)
    {
        var errors = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line && !line.StartsWith("Ctrl-C", StringComparison.Ordinal))
        {
            lines.Add(line);
        }

        Assert.Contains($"  Teacher:  http://127.0.0.1:{port}/teacher   (create the session there; it shows the join code)", lines);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Contains("US–Ukraine minerals deal", await http.GetStringAsync("/api/scenario"), StringComparison.Ordinal);
        Assert.Contains("<title>NegoSim classroom: teacher</title>", await http.GetStringAsync("/teacher"), StringComparison.Ordinal);

        Assert.Equal(0, Kill(process.Id, 15));
        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("negosim serve: stopped.", rest.Trim());
        Assert.Equal("", (await errors).Trim());
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
