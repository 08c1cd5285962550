using NegoSim.Model;
using NegoSim.Model.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NegoSim.Hosting.Telemetry;

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
    private readonly DeliveryCount? _delivery;
    private readonly TextWriter _error;
    private readonly TextWriter? _consoleOut;
    private bool _disposed;

    private TraceSession(TracerProvider traces, MeterProvider? metrics, OtlpFailureListener? failures, TextWriter error, TextWriter? consoleOut = null, DeliveryCount? delivery = null)
    {
        _delivery = delivery;
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
                return Otlp(traces, resource, error);
            default:
                throw new InputException($"--trace {mode}: allowed: {Modes}.");
        }
    }

    /// <summary>True if the spans go to a backend (OTLP) rather than to this process's stderr: the command's output is written before the session ends.</summary>
    public bool ExportsElsewhere => _failures is not null;

    /// <summary>
    /// The OTLP session, configured by the standard variables; a variable that cannot work (an endpoint that is not an
    /// http(s) URL, headers the exporter cannot read) gives one warning and a run without export.
    /// </summary>
    private static TraceSession? Otlp(TracerProviderBuilder traces, ResourceBuilder resource, TextWriter error)
    {
        var endpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (!string.IsNullOrEmpty(endpoint) && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            error.WriteLine($"negosim: warning: OTEL_EXPORTER_OTLP_ENDPOINT '{endpoint}' is not an http:// or https:// URL, so nothing is exported; the run goes on.");
            return null;
        }

        var failures = new OtlpFailureListener();
        try
        {
            var metrics = Sdk.CreateMeterProviderBuilder()
                .SetResourceBuilder(resource)
                .AddMeter(NegotiationTelemetry.Name, "Microsoft.Orleans")
                .AddOtlpExporter()
                .Build();
            // Spans are exported in batches from a queue big enough for a sampled sweep's traces (a run makes three or
            // four spans a round; docs/telemetry.md); whatever does not arrive is counted and reported at the end.
            var delivery = new DeliveryCount();
            var exporter = new CountedOtlpExporter(new OtlpExporterOptions(), delivery);
            traces.AddProcessor(delivery).AddProcessor(new BatchActivityExportProcessor(
                exporter, maxQueueSize: QueueSize, scheduledDelayMilliseconds: 1000, exporterTimeoutMilliseconds: 10_000, maxExportBatchSize: ExportBatchSize));
            return new TraceSession(traces.Build()!, metrics, failures, error, delivery: delivery);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or UriFormatException)
        {
            failures.Dispose();
            error.WriteLine($"negosim: warning: the OTLP exporter cannot start ({e.Message.ReplaceLineEndings(" ").TrimEnd('.')}; see OTEL_EXPORTER_OTLP_HEADERS and OTEL_EXPORTER_OTLP_ENDPOINT), so nothing is exported; the run goes on.");
            return null;
        }
    }

    /// <summary>
    /// Flushes and stops tracing; a second call does nothing. An OTLP backend gets at most <see cref="FlushBudget"/>:
    /// what it has not taken by then is dropped with a warning, so a backend that never answers cannot hold the command
    /// up for longer than the user allows.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        var budget = _failures is null ? TimeSpan.FromSeconds(DefaultFlushSeconds) : FlushBudget(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_TIMEOUT"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var flushing = Task.Run(() =>
        {
            _traces.ForceFlush((int)budget.TotalMilliseconds);
            _metrics?.ForceFlush(Math.Max(1, (int)(budget - clock.Elapsed).TotalMilliseconds));
            _traces.Dispose();
            _metrics?.Dispose();
        });
        var flushed = flushing.Wait(budget + TimeSpan.FromSeconds(1));
        if (_consoleOut is not null)
        {
            Console.SetOut(_consoleOut);
        }

        var endpoint = Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } set ? set : "http://localhost:4317 (the default)";
        // One warning at most: what failed, else what was not delivered.
        var lost = _delivery is { } delivery && delivery.Delivered < delivery.Ended
            ? FormattableString.Invariant($"; {delivery.Ended - delivery.Delivered:N0} of {delivery.Ended:N0} spans were not delivered")
            : "";
        if (_failures?.Failure is { } failure)
        {
            _error.WriteLine($"negosim: warning: the OTLP export to {endpoint} failed ({failure}){lost}; the run itself completed.");
        }
        else if (!flushed && _failures is not null)
        {
            _error.WriteLine($"negosim: warning: the OTLP endpoint {endpoint} did not take the spans within {budget.TotalSeconds:0.###} s, so they were dropped{lost}; the run itself completed.");
        }
        else if (lost.Length > 0)
        {
            _error.WriteLine(FormattableString.Invariant(
                $"negosim: warning: not every span reached {endpoint}{lost} ({_delivery!.Failed:N0} failed in export, {_delivery.Undelivered:N0} dropped from the full export queue of {QueueSize:N0} spans): their traces are incomplete. Trace fewer runs (--trace-sample)."));
        }

        _failures?.Dispose();
    }

    /// <summary>How long the end of a command waits for an OTLP backend to take what is left, unless <c>OTEL_EXPORTER_OTLP_TIMEOUT</c> says otherwise.</summary>
    public const int DefaultFlushSeconds = 3;

    /// <summary>
    /// How long the end of a command waits for an OTLP backend: <c>OTEL_EXPORTER_OTLP_TIMEOUT</c> (milliseconds, the
    /// standard variable the exporter also waits by) when it is a positive whole number, else <see cref="DefaultFlushSeconds"/>.
    /// </summary>
    public static TimeSpan FlushBudget(string? timeoutMilliseconds) =>
        int.TryParse(timeoutMilliseconds, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.FromSeconds(DefaultFlushSeconds);

    /// <summary>The spans the OTLP export queue holds; more, and the newest are dropped (and counted).</summary>
    public const int QueueSize = 65_536;

    /// <summary>The most spans sent in one OTLP request (some 400 bytes each: well inside gRPC's 4 MB limit).</summary>
    public const int ExportBatchSize = 2_048;
}
