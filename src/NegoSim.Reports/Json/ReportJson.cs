using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegoSim.Reports.Json;

/// <summary>How reports are written as JSON: snake_case, indented, nulls kept, the same bytes for the same result.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter w, T report)
    {
        w.WriteLine(JsonSerializer.Serialize(report, Options));
    }
}
