namespace NegoSim.Reports.Html;

/// <summary>What every chart shares: type large enough for a projector, the page's font, and the page's width.</summary>
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

    /// <summary>A chart's width: the page's (its container's), so that a projected report fills the screen.</summary>
    public const string PageWidth = "container";

    /// <summary>How a chart of <see cref="PageWidth"/> fits: its legend and axes inside the page's width, not beyond it.</summary>
    public static object FitWidth { get; } = new { type = "fit-x", contains = "padding" };
}
