using System.Net;
using System.Text;

namespace NegoSim.Cli.Tests.Telemetry;

/// <summary>OTLP over http/protobuf, proven on the wire: a real negosim process exports to a listener on loopback.</summary>
[Trait("Category", "Slow")]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_and_metrics_arrive_as_well_formed_otlp_requests()
    {
        var port = NegoSim.Hosting.FreePort.Find();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var requests = new List<(string Path, string? ContentType, byte[] Body)>();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (requests)
                {
                    requests.Add((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });

        var (exit, _, error) = await RunNegosim($"http://127.0.0.1:{port}");
        listener.Stop();
        await serving;

        Assert.Equal(0, exit);
        Assert.False(error.Contains("warning", StringComparison.Ordinal), error);
        var traces = requests.Where(r => r.Path == "/v1/traces").ToList();
        Assert.NotEmpty(traces);
        Assert.All(traces, r => Assert.Equal("application/x-protobuf", r.ContentType));
        var text = string.Concat(traces.Select(r => Encoding.UTF8.GetString(r.Body)));
        foreach (var name in new[] { "negotiation", "round", "propose", "respond", "INegotiatorGrain/Propose", "negosim.scenario", "Test split", "service.name" })
        {
            Assert.Contains(name, text);
        }

        // Metrics are cumulative: the final flush and the shutdown may each send them.
        var metrics = requests.Where(r => r.Path == "/v1/metrics").ToList();
        Assert.NotEmpty(metrics);
        Assert.Contains("negosim.negotiations", Encoding.UTF8.GetString(metrics[^1].Body));
    }

    [Fact]
    public async Task With_the_endpoint_down_the_run_completes_and_one_warning_says_so()
    {
        var (exit, output, error) = await RunNegosim($"http://127.0.0.1:{NegoSim.Hosting.FreePort.Find()}");

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        var warning = Assert.Single(error.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("negosim: warning: the OTLP export to http://127.0.0.1:", warning);
    }

    [Theory]
    [InlineData("grpc")]
    [InlineData("http/protobuf")]
    public async Task A_refused_connection_gives_one_warning_line_without_a_stack_trace(string protocol)
    {
        var (exit, output, error) = await RunNegosim(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{NegoSim.Hosting.FreePort.Find()}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
        });

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("negosim: warning: the OTLP export to http://127.0.0.1:", line);
        Assert.Contains("Connection refused", line);
        Assert.DoesNotContain(" at ", line);
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "not-a-url", "negosim: warning: OTEL_EXPORTER_OTLP_ENDPOINT 'not-a-url' is not an http:// or https:// URL, so nothing is exported; the run goes on.")]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "no-equals-sign", "negosim: warning: the OTLP exporter cannot start (Headers provided in an invalid format; see OTEL_EXPORTER_OTLP_HEADERS and OTEL_EXPORTER_OTLP_ENDPOINT), so nothing is exported; the run goes on.")]
    public async Task A_setting_the_exporter_cannot_use_gives_one_warning_and_the_run_goes_on(string variable, string value, string warning)
    {
        var (exit, output, error) = await RunNegosim(new Dictionary<string, string> { [variable] = value });

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        Assert.Equal(warning, error.Trim());
    }

    [Fact]
    public async Task An_endpoint_that_accepts_and_never_answers_cannot_hold_the_command_up()
    {
        // The backend takes the connection and never answers; the command waits OTEL_EXPORTER_OTLP_TIMEOUT (here 2 s),
        // then says in one line what failed and what it dropped, and ends. (The child process is given two minutes before the test fails.)
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start(100);
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;

        var (exit, output, error) = await RunNegosim(new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "2000",
        });

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        // Nothing was delivered: every span the run made is counted as lost.
        Assert.Matches($@"^negosim: warning: the OTLP export to http://127\.0\.0\.1:{port} failed \(RequestTimedOut: [^\n]*2 seconds[^\n]*\); ([1-9][0-9,]*) of \1 spans were not delivered; the run itself completed\.$", error.Trim());
    }

    private static Task<(int Exit, string Out, string Err)> RunNegosim(Dictionary<string, string> environment) =>
        Cli.RunProcess(
            new Dictionary<string, string>(environment) { ["OTEL_SERVICE_NAME"] = "negosim-test" },
            "run",
            ScenarioText.File(ScenarioText.Valid),
            "--trace",
            "otlp");

    private static Task<(int Exit, string Out, string Err)> RunNegosim(string endpoint) =>
        Cli.RunProcess(
            new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                // A listener that answers is given time even when the other test assemblies load both cores.
                ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "30000",
                ["OTEL_SERVICE_NAME"] = "negosim-test",
            },
            "run",
            ScenarioText.File(ScenarioText.Valid),
            "--trace",
            "otlp");
}
