using System.Text.RegularExpressions;

namespace NegoSim.Reports.Html;

/// <summary>
/// The charting library every report carries inside it: Vega, Vega-Lite and vega-embed, embedded in this assembly
/// (Reports/Html/Scripts/README.md says which versions and how to update them).
/// </summary>
public static partial class ReportScripts
{
    private static readonly Lazy<string> Library = new(() => string.Join("\n", new[] { "vega.min.js", "vega-lite.min.js", "vega-embed.min.js" }.Select(Read)));

    /// <summary>The three scripts, in the order they load, as one script's text.</summary>
    public static string Text => Library.Value;

    private static string Read(string name)
    {
        using var stream = typeof(ReportScripts).Assembly.GetManifestResourceStream($"NegoSim.Reports.{name}")
            ?? throw new InvalidOperationException($"the report script {name} is not embedded in negosim; rebuild it.");
        using var reader = new StreamReader(stream);
        var text = SourceMap().Replace(reader.ReadToEnd(), "");
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"the report script {name} contains '</script', which would end its element early.");
        }

        return text;
    }

    /// <summary>A source-map comment: a browser's developer tools would ask for that file.</summary>
    [GeneratedRegex(@"//# sourceMappingURL=\S*")]
    private static partial Regex SourceMap();
}
