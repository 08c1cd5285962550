using System.Diagnostics.Tracing;

namespace NegoSim.Runner.Telemetry;

/// <summary>Notices the OTLP exporter reporting a failed export (through its EventSource) and keeps the first message.</summary>
internal sealed class OtlpFailureListener : EventListener
{
    private const string ExporterSource = "OpenTelemetry-Exporter-OpenTelemetryProtocol";

    public string? Failure { get; private set; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == ExporterSource)
        {
            EnableEvents(eventSource, EventLevel.Error);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (Failure is null && eventData.Level <= EventLevel.Error)
        {
            var detail = eventData.Payload is { Count: > 0 } payload ? string.Join("; ", payload.Select(p => p?.ToString()).Where(p => !string.IsNullOrEmpty(p)).Take(2)) : eventData.EventName;
            Failure = detail?.ReplaceLineEndings(" ");
        }
    }
}
