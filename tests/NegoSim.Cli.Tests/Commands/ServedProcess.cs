using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using NegoSim.Cli.Commands;
using NegoSim.Hosting;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// <c>negosim serve</c> of the flagship as its own process, on 127.0.0.1, keeping its classrooms in a given folder;
/// started when it has printed where it keeps them. Disposing it kills it if it still runs.
/// </summary>
internal sealed class ServedProcess : IAsyncDisposable
{
    public const string Password = "restart-test-password";

    private ServedProcess(Process process, int port, IReadOnlyList<string> lines)
    {
        Process = process;
        Port = port;
        Lines = lines;
    }

    public Process Process { get; }

    public int Port { get; }

    /// <summary>What it printed on starting.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>A client that sends the teacher's password (<see cref="Password"/>) as HTTP Basic credentials.</summary>
    public HttpClient Teacher()
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("t:" + Password)));
        return http;
    }

    /// <summary>Starts it with <paramref name="password"/> in NEGOSIM_TEACHER_PASSWORD (none: it makes one up), on <paramref name="port"/> or a free one.</summary>
    public static async Task<ServedProcess> StartAsync(string folder, string? password, int? port = null)
    {
        var number = port ?? FreePort.Find();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(NegoSimCli).Assembly.Location, "serve", Cli.Flagship, "--local", "--port", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", folder })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NEGOSIM_TEACHER_PASSWORD");
        if (password is not null)
        {
            start.Environment["NEGOSIM_TEACHER_PASSWORD"] = password;
        }

        var process = Process.Start(start)!;
        var lines = new List<string>();
        try
        {
            while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("Classrooms are kept in", StringComparison.Ordinal))
                {
                    return new ServedProcess(process, number, lines);
                }
            }

            throw new InvalidOperationException($"negosim serve ended before serving: {string.Join('\n', lines)} {await process.StandardError.ReadToEndAsync()}");
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown at all, as a crash or a power cut of the process.</summary>
    public async Task KillAsync()
    {
        Process.Kill();
        await Process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            await KillAsync();
        }

        Process.Dispose();
    }
}
