namespace NegoSim.Reports.Html;

/// <summary>What every chart shares: type large enough for a projector, the page's font.</summary>
public static class ChartStyle
{
    public static object Config { get; } = new
    {
        font = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif",
        axis = new { labelFontSize = 13, titleFontSize = 14 },
        legend = new { labelFontSize = 13, titleFontSize = 13, labelLimit = 420 },
        title = new { fontSize = 17, subtitleFontSize = 13, anchor = "start" },
        view = new { stroke = "#e2e8f0" },
    };
}
