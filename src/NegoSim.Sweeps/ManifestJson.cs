using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegoSim.Sweeps;

/// <summary>
/// The manifest's JSON, generated at build time: the reflection-based serializer compiled about 180 methods and emitted
/// accessors at run time, on every sweep's start (a tenth of a one-point sweep's 0.25 s).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SweepManifest))]
internal sealed partial class ManifestJson : JsonSerializerContext
{
    /// <summary>The manifest's options: names in snake_case, indented, non-ASCII text written as it is.</summary>
    public static ManifestJson Relaxed { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
