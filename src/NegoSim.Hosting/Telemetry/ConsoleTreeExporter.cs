using System.Diagnostics;
using System.Globalization;
using OpenTelemetry;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// Writes each finished trace as a tree on stderr: one line per span, indented by parentage, with its duration and
/// its <c>negosim.*</c> tags; span events (faction votes) below their span. The registry does not serve
/// OpenTelemetry.Exporter.Console, and a tree reads better for a negotiation anyway.
/// </summary>
public sealed class ConsoleTreeExporter(TextWriter output, bool showDurations = true) : BaseExporter<Activity>
{
    private readonly Dictionary<ActivityTraceId, List<Activity>> _open = [];

    public override ExportResult Export(in Batch<Activity> batch)
    {
        lock (_open)
        {
            foreach (var activity in batch)
            {
                if (!_open.TryGetValue(activity.TraceId, out var spans))
                {
                    _open[activity.TraceId] = spans = [];
                }

                spans.Add(activity);
                if (activity.Parent is null && activity.ParentSpanId == default)
                {
                    _open.Remove(activity.TraceId);
                    output.Write(Tree(spans, activity));
                    output.Flush();
                }
            }
        }

        return ExportResult.Success;
    }

    private string Tree(List<Activity> spans, Activity root)
    {
        var children = spans.ToLookup(s => s.ParentSpanId);
        var text = new System.Text.StringBuilder();
        void Write(Activity span, int depth)
        {
            var indent = new string(' ', depth * 2);
            text.Append(indent).Append(span.DisplayName);
            if (showDurations)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $" ({span.Duration.TotalMilliseconds:0.00} ms)"));
            }

            text.Append(Tags(span.TagObjects)).Append('\n');
            foreach (var e in span.Events.Where(e => e.Name != "exception"))
            {
                text.Append(indent).Append("  · ").Append(e.Name).Append(Tags(e.Tags)).Append('\n');
            }

            if (span.Status == ActivityStatusCode.Error)
            {
                text.Append(indent).Append("  ! error: ").Append(span.StatusDescription).Append('\n');
            }

            foreach (var child in children[span.SpanId].OrderBy(c => c.StartTimeUtc))
            {
                Write(child, depth + 1);
            }
        }

        Write(root, 0);
        return text.ToString();
    }

    private static string Tags(IEnumerable<KeyValuePair<string, object?>> tags)
    {
        var shown = tags
            .Where(t => t.Key.StartsWith("negosim.", StringComparison.Ordinal))
            .Select(t => $"{t.Key["negosim.".Length..]}={Value(t.Value)}")
            .ToList();
        return shown.Count == 0 ? "" : "  " + string.Join(" ", shown);
    }

    private static string Value(object? value) => value switch
    {
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        string s when s.Contains(' ', StringComparison.Ordinal) => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "",
    };
}
