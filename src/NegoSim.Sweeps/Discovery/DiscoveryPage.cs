using System.Globalization;
using NegoSim.Reports.Html;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// The report of <c>negosim discover</c>: PRIM's coverage–density trade-off (every box of the trajectory, the chosen one
/// marked), the chosen box's restrictions with their quasi-p-values, and the points over the box's two most restricted
/// numeric dimensions with the box drawn on them.
/// </summary>
public static class DiscoveryPage
{
    /// <summary>The most points drawn in the picture of the box (a sample, evenly spread, beyond that).</summary>
    private const int MostPoints = 4000;

    public static HtmlReport Create(DiscoveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var page = new HtmlReport("Where the outcome happens");
        IReadOnlyList<PrimLimit> box;
        if (result.Cart is { } cart)
        {
            var leaf = cart.ChosenLeaf;
            box = leaf.Box;
            page.Paragraph(string.Create(c, $"{result.RowsFile}: {cart.Cases:N0} of {cart.Points:N0} runs are {result.Outcome}. A classification tree (CART) cut the runs into {cart.Leaves.Length} leaves; the chosen one (leaf {cart.Chosen}, the largest coverage with density ≥ {cart.Threshold:0.##}) holds {leaf.Coverage:P0} of them (coverage) at a density of {leaf.Density:P0}, in {leaf.Mass:P0} of the runs (mass)."), "outcome");
            page.Table(
                "leaves",
                ["leaf", "coverage", "density", "mass", "restrictions"],
                cart.Leaves.Select((l, i) => (IReadOnlyList<string>)[i == cart.Chosen ? $"{i} (chosen)" : i.ToString(c), F(l.Coverage), F(l.Density), F(l.Mass), Restrictions(l.Box)]));
        }
        else
        {
            var prim = result.Prim!;
            var chosen = prim.ChosenStep;
            box = prim.Box;
            page.Paragraph(string.Create(c, $"{result.RowsFile}: {prim.Cases:N0} of {prim.Points:N0} runs are {result.Outcome}. PRIM's chosen box (step {prim.Chosen}, the largest coverage with density ≥ {prim.Threshold:0.##}) holds {chosen.Coverage:P0} of them (coverage) at a density of {chosen.Density:P0}, in {chosen.Mass:P0} of the runs (mass)."), "outcome");
            page.Chart("tradeoff", "Each box of PRIM's trajectory: the share of the cases it holds (coverage) against the share of its runs that are cases (density); colour: how many parameters it restricts. The chosen box is ringed.", TradeOff(prim), prim.Trajectory.Length);
            page.Table(
                "box",
                ["parameter", "kept", "quasi-p (lower)", "quasi-p (upper)"],
                prim.Box.Select(l => (IReadOnlyList<string>)[l.Parameter, Kept(l), P(l.QuasiPLow), P(l.QuasiPHigh)]));
            page.Paragraph("A quasi-p-value tests one restriction: how likely a box without it would be to show the chosen box's density by chance (a one-sided binomial test, Bryant and Lempert 2010). Small is significant; above 0.05 the restriction may be noise.");
        }

        var numeric = box.Where(l => !l.IsNominal).Select(l => (Limit: l, Column: result.Columns.First(col => col.Name == l.Parameter)))
            .OrderBy(p => (p.Limit.High - p.Limit.Low) / Math.Max(1e-12, p.Column.Values.Max() - p.Column.Values.Min())).Take(2).ToList();
        if (numeric.Count == 2)
        {
            page.Chart("points", $"The runs over {numeric[0].Limit.Parameter} and {numeric[1].Limit.Parameter} (the box's two most restricted parameters), cases of interest in colour, the box drawn.", Points(result, numeric[0], numeric[1]), 1);
        }

        return page;
    }

    private static string Kept(PrimLimit l) => l.IsNominal ? string.Join(", ", l.Values) : string.Create(CultureInfo.InvariantCulture, $"{l.Low:0.####} – {l.High:0.####}");

    private static string Restrictions(IEnumerable<PrimLimit> box) => string.Join("; ", box.Select(l => $"{l.Parameter} {Kept(l)}")) is { Length: > 0 } text ? text : "none";

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static object TradeOff(PrimResult prim) => new
    {
        width = 420,
        height = 420,
        data = new { values = prim.Trajectory.Select(s => new { step = s.Index, coverage = Math.Round(s.Coverage, 4), density = Math.Round(s.Density, 4), mass = Math.Round(s.Mass, 4), restricted = s.RestrictedDimensions, chosen = s.Index == prim.Chosen }) },
        layer = new object[]
        {
            new
            {
                mark = new { type = "circle", size = 70 },
                encoding = new
                {
                    x = new { field = "coverage", type = "quantitative", scale = new { domain = new[] { 0, 1 } } },
                    y = new { field = "density", type = "quantitative", scale = new { domain = new[] { 0, 1 } } },
                    color = new { field = "restricted", type = "ordinal", title = "restricted" },
                    tooltip = new object[] { new { field = "step", type = "quantitative" }, new { field = "coverage", type = "quantitative" }, new { field = "density", type = "quantitative" }, new { field = "mass", type = "quantitative" }, new { field = "restricted", type = "quantitative" } },
                },
            },
            new
            {
                transform = new object[] { new { filter = "datum.chosen" } },
                mark = new { type = "point", size = 260, color = "black", strokeWidth = 2 },
                encoding = new { x = new { field = "coverage", type = "quantitative" }, y = new { field = "density", type = "quantitative" } },
            },
        },
    };

    private static object Points(DiscoveryResult result, (PrimLimit Limit, PrimColumn Column) a, (PrimLimit Limit, PrimColumn Column) b)
    {
        var n = a.Column.Values.Length;
        var step = Math.Max(1, n / MostPoints);
        return new
        {
            width = 420,
            height = 420,
            layer = new object[]
            {
                new
                {
                    data = new { values = Enumerable.Range(0, n).Where(i => i % step == 0).Select(i => new { x = a.Column.Values[i], y = b.Column.Values[i], @case = result.Cases[i] ? result.Outcome : "other" }) },
                    mark = new { type = "circle", size = 14, opacity = 0.6 },
                    encoding = new
                    {
                        x = new { field = "x", type = "quantitative", title = a.Limit.Parameter, scale = new { zero = false } },
                        y = new { field = "y", type = "quantitative", title = b.Limit.Parameter, scale = new { zero = false } },
                        color = new { field = "case", type = "nominal", title = (string?)null },
                    },
                },
                new
                {
                    data = new { values = new[] { new { x = a.Limit.Low, x2 = a.Limit.High, y = b.Limit.Low, y2 = b.Limit.High } } },
                    mark = new { type = "rect", fillOpacity = 0, stroke = "black", strokeWidth = 2 },
                    encoding = new { x = new { field = "x", type = "quantitative" }, x2 = new { field = "x2" }, y = new { field = "y", type = "quantitative" }, y2 = new { field = "y2" } },
                },
            },
        };
    }

    private static string P(double? p) => p is { } value ? value.ToString("0.##e+0", CultureInfo.InvariantCulture) : "—";
}
