using System.Net;
using System.Text;

namespace NegoSim.Runner.Tests.Telemetry;

/// <summary>OTLP over http/protobuf, proven on the wire: a real negosim process exports to a listener on loopback.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_and_metrics_arrive_as_well_formed_otlp_requests()
    {
        var port = NegoSim.Silo.FreePort.Find();
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
        var (exit, output, error) = await RunNegosim($"http://127.0.0.1:{NegoSim.Silo.FreePort.Find()}");

        Assert.Equal(0, exit);
        Assert.Contains("Outcome:", output);
        var warning = Assert.Single(error.Split('\n'), l => l.Contains("warning", StringComparison.Ordinal));
        Assert.StartsWith("negosim: warning: the OTLP export to http://127.0.0.1:", warning);
    }

    private static Task<(int Exit, string Out, string Err)> RunNegosim(string endpoint) =>
        Cli.RunProcess(
            new Dictionary<string, string>
            {
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
                ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
                ["OTEL_EXPORTER_OTLP_TIMEOUT"] = "3000",
                ["OTEL_SERVICE_NAME"] = "negosim-test",
            },
            "run",
            ScenarioText.File(ScenarioText.Valid),
            "--trace",
            "otlp");
}
