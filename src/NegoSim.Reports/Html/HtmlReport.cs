using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace NegoSim.Reports.Html;

/// <summary>
/// One self-contained HTML page: headings, text, tables and Vega-Lite charts, with the charting library and every
/// number inside it, so that it opens offline and asks the network for nothing. Charts are drawn by the page's own
/// script; each chart's view is kept in <c>window.negosimViews</c>, and once all have been tried the promise
/// <c>window.negosimDrawn</c> resolves to how many were drawn (also in <c>body[data-charts-drawn]</c>).
/// </summary>
public sealed class HtmlReport(string title)
{
    /// <summary>How chart specifications are written into the page: every character that could end a script element escaped.</summary>
    private static readonly JsonSerializerOptions SpecOptions = new() { WriteIndented = false };

    private readonly StringBuilder _body = new();
    private readonly List<(string Id, object Spec, string Renderer)> _charts = [];

    public HtmlReport Heading(string text)
    {
        _body.Append("<h2>").Append(Encode(text)).Append("</h2>\n");
        return this;
    }

    public HtmlReport Paragraph(string text, string? cssClass = null)
    {
        _body.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A chart: a Vega-Lite specification and a caption that says how to read it.</summary>
    /// <param name="id">The chart's id in the page (tests find its view by it).</param>
    /// <param name="caption">What the chart shows, in words.</param>
    /// <param name="spec">The Vega-Lite specification, serialised as it is.</param>
    /// <param name="marks">How many marks it draws: above a few thousand it is drawn on a canvas, not as SVG.</param>
    public HtmlReport Chart(string id, string caption, object spec, int marks = 0)
    {
        _body.Append($"<figure><div class=\"chart\" id=\"{id}\"></div><figcaption>").Append(Encode(caption)).Append("</figcaption></figure>\n");
        _charts.Add((id, spec, marks > 3000 ? "canvas" : "svg"));
        return this;
    }

    /// <summary>A table; each cell's text is encoded, numbers are right-aligned.</summary>
    public HtmlReport Table(string id, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.Append($"<table id=\"{id}\"><thead><tr>");
        foreach (var header in headers)
        {
            _body.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                _body.Append(IsNumber(cell) ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</tbody></table>\n");
        return this;
    }

    /// <summary>Data the page carries for its readers (the report's JSON, as <c>--format json</c> writes it).</summary>
    public HtmlReport Data(string id, string json)
    {
        _body.Append($"<script type=\"application/json\" id=\"{id}\">").Append(ScriptSafe(json)).Append("</script>\n");
        return this;
    }

    public string ToHtml(string subtitle)
    {
        var page = new StringBuilder(ReportScripts.Text.Length + _body.Length + 16_384);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<header><h1>").Append(Encode(title)).Append("</h1><p class=\"sub\">").Append(Encode(subtitle)).Append("</p></header>\n<main>\n")
            .Append(_body)
            .Append("</main>\n<footer>Made by negosim; charts drawn by Vega-Lite, inside this file. Hover over a mark for its numbers.</footer>\n");
        page.Append("<script id=\"negosim-charts\" type=\"application/json\">");
        var charts = _charts.ToDictionary(c => c.Id, c => new { spec = c.Spec, renderer = c.Renderer });
        page.Append(ScriptSafe(JsonSerializer.Serialize(charts, SpecOptions))).Append("</script>\n");
        page.Append("<script>").Append(ReportScripts.Text).Append("</script>\n");
        page.Append("<script>").Append(Draw).Append("</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// Writes the page to <paramref name="path"/> whole or not at all: to a file beside it first, then moved over it.
    /// </summary>
    public void Write(string path, string subtitle) => WholeFile.Write(path, ToHtml(subtitle));

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Text inside a script element: "&lt;/" could close it, so "&lt;" is written as a JSON escape.</summary>
    private static string ScriptSafe(string json) => json.Replace("<", "\\u003c", StringComparison.Ordinal);

    private static bool IsNumber(string cell) =>
        cell.Length > 0 && double.TryParse(cell.Replace(",", "", StringComparison.Ordinal).TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private const string Style = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0; color: #1d2330; background: #fff; }
        header { background: #1d2330; color: #fff; padding: 18px 32px; }
        header h1 { margin: 0; font-size: 26px; font-weight: 600; }
        header .sub { margin: 6px 0 0; color: #c9d1e0; font-size: 15px; }
        main { padding: 8px 32px 32px; }
        h2 { font-size: 21px; margin: 30px 0 8px; border-bottom: 2px solid #e3e7ee; padding-bottom: 4px; }
        p { font-size: 16px; line-height: 1.45; max-width: 900px; }
        p.outcome { font-size: 20px; font-weight: 600; }
        figure { margin: 8px 0 20px; }
        .chart { width: 100%; }
        p.settings { font-size: 15px; color: #2d3748; background: #f4f6f9; padding: 6px 10px; border-left: 4px solid #a0aec0; }
        figcaption { font-size: 14px; color: #4a5568; max-width: 900px; margin-top: 4px; }
        table { border-collapse: collapse; font-size: 14px; margin: 8px 0 16px; }
        th, td { border-bottom: 1px solid #e3e7ee; padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: #f4f6f9; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        footer { color: #718096; font-size: 13px; padding: 12px 32px 24px; }
        .chart-error { color: #b00020; font-weight: 600; }
        """;

    private const string Draw = """
        window.negosimDrawn = (async () => {
          const charts = JSON.parse(document.getElementById('negosim-charts').textContent);
          window.negosimViews = {};
          let drawn = 0;
          for (const [id, chart] of Object.entries(charts)) {
            try {
              const result = await vegaEmbed('#' + id, chart.spec, { mode: 'vega-lite', actions: false, renderer: chart.renderer });
              window.negosimViews[id] = result.view;
              drawn++;
            } catch (e) {
              console.error('negosim report: chart ' + id + ' could not be drawn: ' + e);
              const box = document.getElementById(id);
              box.className = 'chart-error';
              box.textContent = 'This chart could not be drawn: ' + e;
            }
          }
          document.body.dataset.chartsDrawn = String(drawn);
          return drawn;
        })();
        """;
}
