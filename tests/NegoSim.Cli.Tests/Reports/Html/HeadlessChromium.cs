using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace NegoSim.Cli.Tests.Reports.Html;

/// <summary>
/// A real headless Chromium (Debian's <c>chromium</c>, driven through Debian's <c>chromium-driver</c>; nothing is
/// downloaded) with the network switched off, shared by the report tests: it opens a report, waits for the page's
/// own promise that every chart has been tried, and answers questions about the charts' marks.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private readonly ChromeDriver _driver;
    private readonly string _profile = Path.Combine(Path.GetTempPath(), $"negosim-chromium-{Guid.NewGuid():N}");

    public HeadlessChromium()
    {
        _driver = DebianChromium.Start(_profile);
        _driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromMinutes(1);
        _driver.ExecuteCdpCommand("Network.enable", []);
        _driver.ExecuteCdpCommand("Network.emulateNetworkConditions", new Dictionary<string, object?>
        {
            ["offline"] = true,
            ["latency"] = 0,
            ["downloadThroughput"] = 0,
            ["uploadThroughput"] = 0,
        });
    }

    /// <summary>Opens a report file and waits until it has tried every chart; returns how many it drew.</summary>
    public long Open(string path)
    {
        _driver.Manage().Logs.GetLog(LogType.Browser);
        _driver.Navigate().GoToUrl(new Uri(Path.GetFullPath(path)).AbsoluteUri);
        return _driver.ExecuteAsyncScript("window.negosimDrawn.then(arguments[arguments.length - 1]);") is long drawn
            ? drawn
            : throw new InvalidOperationException($"{path} did not say how many charts it drew");
    }

    /// <summary>The page's error messages in the console since it was opened.</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        [.. _driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)];

    public T Script<T>(string script, params object[] args) => (T)_driver.ExecuteScript(script, args)!;

    /// <summary>
    /// The data of every item of the mark <paramref name="mark"/> (a Vega mark name, such as <c>frontier_marks</c>) in
    /// chart <paramref name="chart"/>, read from the drawn scene, as JSON objects.
    /// </summary>
    public IReadOnlyList<JsonElement> Items(string chart, string mark)
    {
        var json = Script<string>("""
            const view = window.negosimViews[arguments[0]];
            if (!view) { return 'null'; }
            const found = [];
            const walk = (node) => {
              if (node.marktype && node.name === arguments[1]) { for (const item of node.items) { found.push(item.datum); } }
              else if (node.items) { node.items.forEach(walk); }
            };
            walk(view.scenegraph().root);
            return JSON.stringify(found);
            """, chart, mark);
        return json == "null" ? throw new InvalidOperationException($"no chart {chart} was drawn") : [.. JsonDocument.Parse(json).RootElement.EnumerateArray()];
    }

    /// <summary>
    /// Where each item of mark <paramref name="mark"/> in chart <paramref name="chart"/> is drawn, in pixels from the
    /// plot's left and top edges (the mark's bounding box), and the mark's kind (<c>rect</c>, <c>line</c>, <c>text</c>…).
    /// </summary>
    public (string Kind, IReadOnlyList<(double X1, double X2, double Y1, double Y2)> Boxes) Drawn(string chart, string mark)
    {
        var json = Script<string>("""
            const found = { kind: null, boxes: [] };
            const walk = (node) => {
              if (node.marktype && node.name === arguments[1]) { found.kind = node.marktype; for (const item of node.items) { found.boxes.push([item.bounds.x1, item.bounds.x2, item.bounds.y1, item.bounds.y2]); } }
              else if (node.items) { node.items.forEach(walk); }
            };
            walk(window.negosimViews[arguments[0]].scenegraph().root);
            return JSON.stringify(found);
            """, chart, mark);
        var root = JsonDocument.Parse(json).RootElement;
        return (root.GetProperty("kind").GetString() ?? "", [.. root.GetProperty("boxes").EnumerateArray().Select(b => (b[0].GetDouble(), b[1].GetDouble(), b[2].GetDouble(), b[3].GetDouble()))]);
    }

    /// <summary>The width of chart <paramref name="chart"/>'s plot, in pixels, as drawn.</summary>
    public double PlotWidth(string chart) => Convert.ToDouble(Script<object>("return window.negosimViews[arguments[0]].width();", chart), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The angle (degrees) of every axis label of chart <paramref name="chart"/>, as drawn.</summary>
    public IReadOnlyList<double> AxisLabelAngles(string chart)
    {
        var json = Script<string>("""
            const found = [];
            const walk = (node) => {
              if (node.marktype === 'text' && node.role === 'axis-label') { for (const item of node.items) { found.push(item.angle || 0); } }
              else if (node.items) { node.items.forEach(walk); }
            };
            walk(window.negosimViews[arguments[0]].scenegraph().root);
            return JSON.stringify(found);
            """, chart);
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetDouble())];
    }

    /// <summary>Sets the browser window's size (a projector's, a laptop's); a page opened after this lays out for it.</summary>
    public void Resize(int width, int height) => _driver.Manage().Window.Size = new System.Drawing.Size(width, height);

    /// <summary>The titles of chart <paramref name="chart"/>'s axes, as drawn.</summary>
    public IReadOnlyList<string> AxisTitles(string chart)
    {
        var json = Script<string>("""
            const found = [];
            const walk = (node) => {
              if (node.marktype === 'text' && node.role === 'axis-title') { for (const item of node.items) { found.push(String(item.text)); } }
              else if (node.items) { node.items.forEach(walk); }
            };
            walk(window.negosimViews[arguments[0]].scenegraph().root);
            return JSON.stringify(found);
            """, chart);
        return [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetString()!)];
    }

    /// <summary>
    /// Saves the page as a PNG under the test results: in NEGOSIM_SCREENSHOTS (which .ci/run points into its results
    /// folder), else in TestResults/screenshots beside the tests.
    /// </summary>
    public string Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("NEGOSIM_SCREENSHOTS") is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var height = Script<long>("return Math.ceil(document.documentElement.scrollHeight);");
        _driver.Manage().Window.Size = new System.Drawing.Size(1280, (int)Math.Min(height + 40, 12_000));
        var path = Path.Combine(folder, name + ".png");
        _driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // The browser may hold a file for a moment after it quits; the folder is inside the tests' private temp.
        }
    }
}
