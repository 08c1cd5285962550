using System.Diagnostics.Tracing;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// Notices the OTLP exporter reporting a failed export or a setting it cannot use (through its EventSource, at warning
/// level and above: gRPC reports a refused connection as a warning) and keeps the first message, one line, without
/// the exception's stack trace.
/// </summary>
public sealed class OtlpFailureListener : EventListener
{
    private const string ExporterSource = "OpenTelemetry-Exporter-OpenTelemetryProtocol";

    public string? Failure { get; private set; }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == ExporterSource)
        {
            EnableEvents(eventSource, EventLevel.Warning);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        // Warnings and errors: the source also writes EventCounters at level LogAlways (0), below Warning in number only.
        if (Failure is null && eventData.Level is EventLevel.Warning or EventLevel.Error or EventLevel.Critical && eventData.EventName != "EventCounters")
        {
            var detail = eventData.Payload is { Count: > 0 } payload ? string.Join("; ", payload.Select(Text).Where(p => p.Length > 0).Take(2)) : "";
            Failure = $"{eventData.EventName}: {detail}".ReplaceLineEndings(" ");
        }
    }

    /// <summary>A payload item as text, its first line only (an exception's, without its stack); a nested payload (a dictionary) shows its values.</summary>
    private static string Text(object? item) => item switch
    {
        null => "",
        IEnumerable<KeyValuePair<string, object?>> nested => string.Join(", ", nested.Select(p => Text(p.Value)).Where(t => t.Length > 0)),
        _ => FirstLine(item.ToString() ?? ""),
    };

    private static string FirstLine(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
