using System.Globalization;
using System.Text.Json;

namespace NegoSim.Cli.Tests.Reports.Html;

/// <summary>Reports a teacher projects: as wide as the screen, saying what they were made with, every mark readable.</summary>
[Trait("Category", "Slow")]
[Collection(nameof(ChromiumCollection))]
public sealed class ProjectedReportTests(HeadlessChromium chromium) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-projected-").FullName;

    public void Dispose()
    {
        chromium.Resize(1280, 2000);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_run_report_fills_the_screen_it_is_shown_on_and_says_at_the_top_which_parameters_were_set()
    {
        var html = Path.Combine(_folder, "run.html");
        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--set", "rada_demand=0.7", "--report", html);
        Assert.True(exit == 0, error);

        // On a 1,600-pixel projector and on a 1,000-pixel laptop the charts take the page's width, less the page's
        // margins (32 pixels a side) and the axes and legend: more than the fixed 760 pixels of before, less than the window.
        chromium.Resize(1600, 1200);
        Assert.Equal(2, chromium.Open(html));
        var wide = chromium.PlotWidth("offer-dance");
        Assert.InRange(wide, 1200, 1600 - 64);
        Assert.InRange(chromium.PlotWidth("outcome-space"), 1000, 1600 - 64);
        chromium.Resize(1000, 1200);
        Assert.Equal(2, chromium.Open(html));
        Assert.InRange(chromium.PlotWidth("offer-dance"), 600, 1000 - 64);

        // The flagship has five parameters; rada_demand's default in the file is 0.45.
        Assert.Equal("Made with: rada_demand = 0.7 (default 0.45); the other 4 parameters at their defaults.", chromium.Script<string>("return document.querySelector('p.settings').textContent;"));
        Assert.Equal(5L, chromium.Script<long>("return document.querySelectorAll('#parameters tbody tr').length;"));
        Assert.Equal("rada_demand|0.7|0.45", chromium.Script<string>("return [...document.querySelectorAll('#parameters tbody tr')].map(r => [...r.cells].slice(0, 3).map(c => c.textContent).join('|')).find(t => t.startsWith('rada_demand|'));"));
    }

    [Fact]
    public async Task A_deal_signed_in_round_1_is_labelled_inside_the_plot_not_over_the_utility_axis()
    {
        var html = Path.Combine(_folder, "round1.html");
        var opening = Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "1-opening-demand.yaml");
        var (exit, output, error) = await Cli.Run("run", opening, "--set", "kyiv_reservation=0", "--set", "rada_demand=0", "--format", "json", "--report", html);
        Assert.True(exit == 0, error);
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("outcome").GetProperty("round").GetInt32());

        chromium.Open(html);
        var (kind, boxes) = chromium.Drawn("offer-dance", "signature_layer_1_marks");
        Assert.Equal("text", kind);
        var label = Assert.Single(boxes);
        Assert.InRange(label.X1, 0, chromium.PlotWidth("offer-dance"));
        Assert.InRange(label.X2, 0, chromium.PlotWidth("offer-dance"));
    }

    [Fact]
    public async Task Points_of_theory_on_one_spot_are_one_mark_named_for_each_so_no_legend_entry_names_a_hidden_mark()
    {
        var html = Path.Combine(_folder, "analysis.html");
        var (exit, output, error) = await Cli.Run("analyze", Cli.Flagship, "--format", "json", "--report", html);
        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        var named = new Dictionary<string, string>
        {
            ["Nash"] = "nash",
            ["Kalai–Smorodinsky"] = "kalai_smorodinsky",
            ["maximum welfare"] = "max_welfare",
            ["Nash, ratifiable"] = "nash_ratifiable",
            ["Kalai–Smorodinsky, ratifiable"] = "kalai_smorodinsky_ratifiable",
            ["maximum welfare, ratifiable"] = "max_welfare_ratifiable",
            [$"subgame-perfect (round {json.GetProperty("equilibrium").GetProperty("round").GetInt32()})"] = "equilibrium",
        };
        (double X, double Y) At(string point) => (Utility(json, named[point], "washington"), Utility(json, named[point], "kyiv"));

        chromium.Open(html);
        var marks = chromium.Items("outcome-space", "theory_layer_0_marks")
            .Select(m => (Names: m.GetProperty("point").GetString()!.Split([" = ", " ≈ "], StringSplitOptions.None), X: m.GetProperty("x").GetDouble(), Y: m.GetProperty("y").GetDouble()))
            .ToList();

        // In the file's analysis Nash and maximum welfare are the same deal's utilities (0.58, 0.67): one mark.
        Assert.Equal(At("Nash"), At("maximum welfare"));
        Assert.Contains(marks, m => m.Names.Contains("Nash") && m.Names.Contains("maximum welfare") && (m.X, m.Y) == At("Nash"));

        // Every point is named once, near where the JSON puts it, and no two marks are close enough to hide one another.
        var names = marks.SelectMany(m => m.Names).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("Kalai–Smorodinsky", names);
        Assert.Contains(named.Keys.Last(), names);
        foreach (var mark in marks)
        {
            Assert.All(mark.Names, n => Assert.True(Math.Abs(At(n).X - mark.X) < 0.02 && Math.Abs(At(n).Y - mark.Y) < 0.02, $"{n} is drawn at ({mark.X}, {mark.Y}) but is at {At(n)}"));
        }

        foreach (var (a, b) in marks.SelectMany((a, i) => marks.Skip(i + 1).Select(b => (a, b))))
        {
            Assert.False(Math.Abs(a.X - b.X) < 0.02 && Math.Abs(a.Y - b.Y) < 0.02, $"{string.Join("/", a.Names)} and {string.Join("/", b.Names)} overlap");
        }
    }

    [Fact]
    public async Task Strategies_along_an_axis_are_bars_with_level_names_and_the_analysis_report_says_its_parameters()
    {
        var (csv, html) = (Path.Combine(_folder, "strategies.csv"), Path.Combine(_folder, "strategies.html"));
        var deadline = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "deadline-pressure.yaml");
        var (exit, _, error) = await Cli.Run("sweep", deadline, "--vary", "parties.kyiv.strategy=boulware,linear,conceder", "--out", csv, "--force", "--report", html);
        Assert.True(exit == 0, error);

        chromium.Open(html);
        // Three strategies × two negotiators: six bars, none joined by a line; the strategies' names written level.
        var (kind, bars) = chromium.Drawn("utilities-along-1", "utilities_marks");
        Assert.Equal(("rect", 6), (kind, bars.Count));
        Assert.All(chromium.AxisLabelAngles("utilities-along-1"), angle => Assert.Equal(0, angle));
        Assert.All(chromium.AxisLabelAngles("outcomes-along-1"), angle => Assert.Equal(0, angle));
        Assert.Equal("Made with: parties.kyiv.strategy varied; every parameter at its default.", chromium.Script<string>("return document.querySelector('p.settings').textContent;"));

        var analysis = Path.Combine(_folder, "analysis.html");
        (exit, _, error) = await Cli.Run("analyze", deadline, "--set", "deadline=13", "--report", analysis);
        Assert.True(exit == 0, error);
        chromium.Open(analysis);
        Assert.Contains("deadline = 13 (default 12)", chromium.Script<string>("return document.querySelector('p.settings').textContent;"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heatmap_the_same_in_every_cell_says_so_and_each_term_s_bars_have_their_own_axis()
    {
        var (csv, html) = (Path.Combine(_folder, "uniform.csv"), Path.Combine(_folder, "uniform.html"));
        var (exit, _, error) = await Cli.Run("sweep", Cli.Flagship, "--vary", "washington_reservation=0,0.1", "--vary", "kyiv_reservation=0,0.1", "--out", csv, "--force", "--report", html);
        Assert.True(exit == 0, error);
        var rows = File.ReadAllLines(csv);
        var header = rows[0].Split(',').ToList();
        var statuses = rows.Skip(1).Select(r => r.Split(',')[header.IndexOf("status")]).Distinct().ToList();

        chromium.Open(html);
        // Every one of the four runs was ratified (the rows say so): both shares are 100% in every cell, a sentence.
        Assert.Equal(["ratified"], statuses);
        foreach (var measure in new[] { "signed", "ratified" })
        {
            var note = Assert.Single(chromium.Items("heatmaps", $"{measure}_marks"));
            Assert.Equal("100.0% in every cell", note.GetProperty("text").GetString());
            Assert.Equal(rows.Length - 1, note.GetProperty("runs").GetInt32());
        }

        // Washington's utility differs from cell to cell (its reservation does not move the deal, its utility is the deal's;
        // where it does differ, the heatmap draws four cells).
        var washington = rows.Skip(1).Select(r => double.Parse(r.Split(',')[header.IndexOf("utility_washington")], CultureInfo.InvariantCulture)).Distinct().Count();
        Assert.Equal(washington == 1 ? 1 : 4, chromium.Items("heatmaps", "utility_1_marks").Count);

        // Which terms survive: an axis of runs under each term's bars (the flagship has six terms), not one under the last.
        Assert.Equal(6, chromium.AxisTitles("terms").Count(t => t == "runs"));
    }

    private static double Utility(JsonElement analysis, string point, string negotiator) =>
        Math.Round(analysis.GetProperty(point).GetProperty("utilities").GetProperty(negotiator).GetDouble(), 6);
}
