using NegoSim.Model.Telemetry;
using NegoSim.Runner.Commands;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NegoSim.Runner.Telemetry;

/// <summary>
/// Tracing for one command: <c>tree</c> (a readable tree per trace on stderr), <c>console</c> (OpenTelemetry's console
/// exporter, on stderr so that the command's own output stays clean) or <c>otlp</c> (traces and metrics to the
/// endpoint in the standard <c>OTEL_EXPORTER_OTLP_*</c> variables). Spans come from NegoSim's sources and from Orleans'
/// grain calls (<c>Microsoft.Orleans.Application</c>). Disposing flushes, so short runs are not lost; a failed OTLP
/// export becomes one warning, never a failed run.
/// </summary>
public sealed class TraceSession : IDisposable
{
    private readonly TracerProvider _traces;
    private readonly MeterProvider? _metrics;
    private readonly OtlpFailureListener? _failures;
    private readonly TextWriter _error;
    private readonly TextWriter? _consoleOut;
    private bool _disposed;

    private TraceSession(TracerProvider traces, MeterProvider? metrics, OtlpFailureListener? failures, TextWriter error, TextWriter? consoleOut = null)
    {
        _consoleOut = consoleOut;
        _traces = traces;
        _metrics = metrics;
        _failures = failures;
        _error = error;
    }

    public const string Modes = "tree, console, otlp";

    /// <summary>The source of Orleans' grain-call spans (client and server side of every call).</summary>
    public const string OrleansSource = "Microsoft.Orleans.Application";

    /// <summary>Starts tracing in <paramref name="mode"/>, or returns null for none; <paramref name="sweep"/> records only sampled runs.</summary>
    public static TraceSession? Start(string? mode, TextWriter error, bool sweep = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (mode is null or "none")
        {
            return null;
        }

        var resource = ResourceBuilder.CreateDefault();
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")))
        {
            resource.AddService("negosim");
        }

        var traces = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(NegotiationTelemetry.Name, OrleansSource, SweepTracing.Source.Name)
            .SetSampler(sweep ? new RunSampler() : new AlwaysOnSampler());
        switch (mode)
        {
            case "tree":
                return new TraceSession(traces.AddProcessor(new SimpleActivityExportProcessor(new ConsoleTreeExporter(error))).Build()!, null, null, error);
            case "console":
                // The console exporter writes to Console.Out; the command writes to the writer it was given, so the
                // spans go to stderr and `--format json` stays parseable.
                var output = Console.Out;
                Console.SetOut(error);
                return new TraceSession(traces.AddConsoleExporter().Build()!, null, null, error, output);
            case "otlp":
                var failures = new OtlpFailureListener();
                var metrics = Sdk.CreateMeterProviderBuilder()
                    .SetResourceBuilder(resource)
                    .AddMeter(NegotiationTelemetry.Name, "Microsoft.Orleans")
                    .AddOtlpExporter()
                    .Build();
                return new TraceSession(traces.AddOtlpExporter().Build()!, metrics, failures, error);
            default:
                throw new UsageException($"--trace {mode}: allowed: {Modes}.");
        }
    }

    /// <summary>Flushes and stops tracing; a second call does nothing.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _traces.ForceFlush(10_000);
        _metrics?.ForceFlush(10_000);
        _traces.Dispose();
        _metrics?.Dispose();
        if (_consoleOut is not null)
        {
            Console.SetOut(_consoleOut);
        }

        if (_failures?.Failure is { } failure)
        {
            var endpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") ?? "http://localhost:4317 (the default)";
            _error.WriteLine($"negosim: warning: the OTLP export to {endpoint} failed ({failure}); the run itself completed.");
        }

        _failures?.Dispose();
    }
}
