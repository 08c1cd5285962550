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
        // Only errors: the source also writes EventCounters at level LogAlways (0), which is below Error in number only.
        if (Failure is null && eventData.Level is EventLevel.Error or EventLevel.Critical && eventData.EventName != "EventCounters")
        {
            var detail = eventData.Payload is { Count: > 0 } payload ? string.Join("; ", payload.Select(Text).Where(p => p.Length > 0).Take(2)) : "";
            Failure = $"{eventData.EventName}: {detail}".ReplaceLineEndings(" ");
        }
    }

    /// <summary>A payload item as text; a nested payload (a dictionary) shows its values.</summary>
    private static string Text(object? item) => item switch
    {
        null => "",
        IEnumerable<KeyValuePair<string, object?>> nested => string.Join(", ", nested.Select(p => Text(p.Value)).Where(t => t.Length > 0)),
        _ => item.ToString() ?? "",
    };
}
