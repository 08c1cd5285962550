using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
        var folder = Path.Combine(Path.GetTempPath(), $"negosim-serve-{Guid.NewGuid():N}");
        try
        {
            await using var served = await ServedProcess.StartAsync(folder, password: null);
            await ServeAndStop(served.Process, served.Port, served.Lines);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Two_servers_cannot_keep_their_classrooms_in_one_folder_and_a_short_password_is_refused()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"negosim-serve-{Guid.NewGuid():N}");
        try
        {
            await using var first = await ServedProcess.StartAsync(folder, ServedProcess.Password);
            var (exit, _, error) = await Cli.RunProcess(new Dictionary<string, string> { ["NEGOSIM_TEACHER_PASSWORD"] = ServedProcess.Password }, "serve", Cli.Flagship, "--local", "--port", FreePort.Find().ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", folder);
            Assert.Equal((2, $"negosim: --data {folder}: another negosim serve keeps its classrooms there; stop it, or give this one another folder with --data."), (exit, error.Trim()));

            (exit, _, error) = await Cli.RunProcess(new Dictionary<string, string> { ["NEGOSIM_TEACHER_PASSWORD"] = "short" }, "serve", Cli.Flagship, "--local", "--data", folder);
            Assert.Equal((2, "negosim: NEGOSIM_TEACHER_PASSWORD: the teacher's password needs at least 8 characters; it has 5."), (exit, error.Trim()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ServeAndStop(Process process, int port, IReadOnlyList<string> lines)
    {
        var errors = process.StandardError.ReadToEndAsync();
        Assert.Contains($"  Teacher:  http://127.0.0.1:{port}/teacher   (open and run sessions there; it shows the join code and a QR code)", lines);
        Assert.Matches("^  Teacher's password: [a-z2-9]{12}   \\(shown once; set NEGOSIM_TEACHER_PASSWORD to choose your own\\)$", lines.Single(l => l.Contains("password", StringComparison.Ordinal)));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Contains("US–Ukraine minerals deal", await http.GetStringAsync("/api/scenario"), StringComparison.Ordinal);
        Assert.Contains("<title>NegoSim classroom: teacher</title>", await http.GetStringAsync("/teacher"), StringComparison.Ordinal);

        Assert.Equal(0, Posix.Signal(process.Id, Posix.Terminate));
        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("negosim serve: stopped.", rest.Trim());
        Assert.Equal("", (await errors).Trim());
    }
}
