using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Model.Telemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// A cluster's silo sends its telemetry over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (as an Aspire AppHost
/// sets it): the spans of runs a client traces (beneath a recorded parent that came with the call; nothing of its own
/// accord), NegoSim's and Orleans' metrics, and its log (warnings and errors). Service name: <c>OTEL_SERVICE_NAME</c>,
/// else <c>negosim-silo</c>.
/// </summary>
public static class SiloTelemetry
{
    /// <summary>True if the standard variable names an OTLP endpoint.</summary>
    public static bool Wanted => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));

    public static void AddTo(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The exporters read their settings from the host's configuration, which a silo builds without the
        // environment: the standard OTEL_* variables are put there, and nothing else.
        builder.Configuration.AddInMemoryCollection(
            Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
                .Where(v => v.Key is string name && name.StartsWith("OTEL_", StringComparison.Ordinal))
                .Select(v => new KeyValuePair<string, string?>((string)v.Key, v.Value as string)));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")))
                {
                    resource.AddService("negosim-silo");
                }
            })
            .WithTracing(traces => traces
                .AddSource(NegotiationTelemetry.Name, TraceSession.OrleansSource)
                .SetSampler(new ParentBasedSampler(new AlwaysOffSampler()))
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(NegotiationTelemetry.Name, "Microsoft.Orleans").AddOtlpExporter())
            .WithLogging(logs => logs.AddOtlpExporter());
    }
}
