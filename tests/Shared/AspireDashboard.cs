using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace NegoSim.Tests;

/// <summary>
/// The .NET Aspire dashboard, a real OTLP backend, started from its NuGet package (<c>Aspire.Dashboard.Sdk.linux-x64</c>,
/// restored with the test project: nothing is downloaded at run time) on free loopback ports, with its telemetry API
/// open; read back through <c>/api/telemetry/spans</c>. Killed on dispose.
/// </summary>
internal sealed class AspireDashboard : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _api;

    private AspireDashboard(Process process, int frontend, int grpc, int http)
    {
        _process = process;
        (GrpcEndpoint, HttpEndpoint) = ($"http://127.0.0.1:{grpc}", $"http://127.0.0.1:{http}");
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{frontend}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>OTLP over gRPC (<c>OTEL_EXPORTER_OTLP_PROTOCOL=grpc</c>).</summary>
    public string GrpcEndpoint { get; }

    /// <summary>OTLP over HTTP (<c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>).</summary>
    public string HttpEndpoint { get; }

    public static async Task<AspireDashboard> StartAsync()
    {
        var path = typeof(AspireDashboard).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AspireDashboard").Value!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Aspire dashboard is not at {path}: restore the test project (it references Aspire.Dashboard.Sdk.linux-x64).");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        var (frontend, grpc, http) = (Hosting.FreePort.Find(), Hosting.FreePort.Find(), Hosting.FreePort.Find());
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // Its data-protection keys go to a home of its own, in the tests' temporary folder, not the user's ~/.aspnet.
        var home = Directory.CreateTempSubdirectory("aspire-dashboard-").FullName;
        start.Environment["HOME"] = home;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{frontend}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{grpc}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{http}";
        start.Environment["Dashboard__Frontend__AuthMode"] = "Unsecured";
        start.Environment["Dashboard__Otlp__AuthMode"] = "Unsecured";
        start.Environment["Dashboard__Api__Enabled"] = "true";
        start.Environment["Dashboard__Api__AuthMode"] = "Unsecured";
        start.Environment["Dashboard__TelemetryLimits__MaxTraceCount"] = "100000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var dashboard = new AspireDashboard(process, frontend, grpc, http);

        // Ready when its API answers (it starts in a second or two).
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var reply = await dashboard._api.GetAsync("api/telemetry/spans?limit=1");
                if (reply.IsSuccessStatusCode)
                {
                    return dashboard;
                }
            }
            catch (HttpRequestException) when (attempt < 300 && !process.HasExited)
            {
            }

            if (attempt >= 300 || process.HasExited)
            {
                await dashboard.DisposeAsync();
                throw new InvalidOperationException("The Aspire dashboard did not start.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Every span the dashboard holds, of every service.</summary>
    public async Task<IReadOnlyList<ReceivedSpan>> SpansAsync()
    {
        using var json = JsonDocument.Parse(await _api.GetStringAsync("api/telemetry/spans?limit=1000000"));
        var spans = new List<ReceivedSpan>();
        foreach (var resource in json.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = Attributes(resource.GetProperty("resource")).GetValueOrDefault("service.name") as string ?? "";
            foreach (var scope in resource.GetProperty("scopeSpans").EnumerateArray())
            {
                var scopeName = scope.GetProperty("scope").GetProperty("name").GetString()!;
                foreach (var span in scope.GetProperty("spans").EnumerateArray())
                {
                    spans.Add(new ReceivedSpan(
                        service,
                        scopeName,
                        span.GetProperty("traceId").GetString()!,
                        span.GetProperty("spanId").GetString()!,
                        span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() ?? "" : "",
                        span.GetProperty("name").GetString()!,
                        Attributes(span),
                        span.TryGetProperty("events", out var events) ? [.. events.EnumerateArray().Select(e => (e.GetProperty("name").GetString()!, Attributes(e)))] : [],
                        span.TryGetProperty("links", out var links) ? [.. links.EnumerateArray().Select(l => l.GetProperty("spanId").GetString()!)] : []));
                }
            }
        }

        return spans;
    }

    /// <summary>An OTLP JSON attribute list as name → value: a string, a long (intValue), a double, or a bool.</summary>
    private static Dictionary<string, object?> Attributes(JsonElement owner)
    {
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (owner.TryGetProperty("attributes", out var list))
        {
            foreach (var attribute in list.EnumerateArray())
            {
                // An empty value (an empty string, say) comes as {}.
                var value = attribute.GetProperty("value").EnumerateObject().Select(v => (v.Name, v.Value)).FirstOrDefault();
                attributes[attribute.GetProperty("key").GetString()!] = value.Name switch
                {
                    null => "",
                    "intValue" => value.Value.ValueKind == JsonValueKind.String ? long.Parse(value.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : value.Value.GetInt64(),
                    "doubleValue" => value.Value.GetDouble(),
                    "boolValue" => value.Value.GetBoolean(),
                    _ => value.Value.ToString(),
                };
            }
        }

        return attributes;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

/// <summary>A span as the dashboard gives it back: its service and scope, ids, name, attributes, events and links (span ids).</summary>
internal sealed record ReceivedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    IReadOnlyDictionary<string, object?> Attributes,
    IReadOnlyList<(string Name, Dictionary<string, object?> Attributes)> Events,
    IReadOnlyList<string> Links);
