using NegoSim.Model.Protocol;
using NegoSim.Reports;
using NegoSim.Reports.Html;

namespace NegoSim.Sweeps.Report;

/// <summary>
/// The charts of a sweep report, from its tallies (never from its rows, so that a report's size does not grow with
/// the runs): status shares and mean utilities along each axis, heatmaps over the first two, and how often each
/// term's values were signed and ratified.
/// </summary>
public static class SweepCharts
{
    /// <summary>Along an axis with more bins than this, and numeric, the shares are drawn as an area, not as bars.</summary>
    private const int MostBars = 30;

    /// <summary>How far a heatmap's cell reaches under its neighbours, as a share of its width.</summary>
    private const double Overlap = 0.02;

    private static readonly string[] Statuses = [.. Enum.GetValues<OutcomeStatus>().Select(s => s.Name()), "error"];

    private static readonly object StatusColor = new
    {
        field = "status",
        type = "nominal",
        title = "outcome",
        sort = Statuses,
        scale = new { domain = Statuses, range = new[] { "#2f855a", "#3182ce", "#dd6b20", "#a0aec0", "#c53030" } },
    };

    /// <summary>The share of each outcome along axis <paramref name="axis"/> (the other axes pooled).</summary>
    public static object StatusesAlong(SweepBins bins, int axis)
    {
        var along = bins.Along[axis];
        var rows = new List<object>();
        for (var b = 0; b < along.Count; b++)
        {
            var tally = bins.AlongAt(axis, b);
            foreach (var status in Statuses.Where(s => tally.Count(s) > 0))
            {
                rows.Add(new { bin = along.Labels[b], x = Centre(along, b), status, order = Array.IndexOf(Statuses, status), runs = tally.Count(status), share = Share(tally.Count(status), tally.Runs), of = tally.Runs });
            }
        }

        var area = along.IsNumeric && along.Count > MostBars;
        return new
        {
            width = ChartStyle.PageWidth,
            autosize = ChartStyle.FitWidth,
            height = 280,
            title = new { text = $"Outcomes along {along.Name}", subtitle = Pooled(bins, axis) },
            data = new { values = rows },
            name = "outcomes",
            mark = area ? (object)new { type = "area", interpolate = "step-after" } : new { type = "bar" },
            encoding = new
            {
                x = X(along, "x"),
                y = new { field = "share", type = "quantitative", stack = "zero", title = "share of runs", axis = new { format = "%" }, scale = new { domain = new[] { 0, 1 } } },
                color = StatusColor,
                order = new { field = "order", type = "quantitative" },
                tooltip = new object[] { new { field = "bin", type = "nominal", title = along.Name }, new { field = "status", type = "nominal", title = "outcome" }, new { field = "share", type = "quantitative", format = ".1%" }, new { field = "runs", type = "quantitative", title = "runs" }, new { field = "of", type = "quantitative", title = "of runs" } },
            },
            config = ChartStyle.Config,
        };
    }

    /// <summary>Each negotiator's mean utility along axis <paramref name="axis"/>.</summary>
    public static object UtilitiesAlong(SweepBins bins, int axis, IReadOnlyList<string> negotiators)
    {
        var along = bins.Along[axis];
        var rows = new List<object>();
        for (var b = 0; b < along.Count; b++)
        {
            var tally = bins.AlongAt(axis, b);
            for (var i = 0; i < negotiators.Count; i++)
            {
                if (tally.MeanUtility(i) is { } mean)
                {
                    rows.Add(new { bin = along.Labels[b], x = Centre(along, b), party = negotiators[i], utility = Numbers.Rounded(mean), runs = tally.Played });
                }
            }
        }

        // Along values that are names (strategies), a line would join things that have no order between them: each
        // value gets a group of bars, a bar per negotiator.
        var categories = !along.IsNumeric;
        var encoding = new Dictionary<string, object>
        {
            ["x"] = X(along, "x"),
            ["y"] = new { field = "utility", type = "quantitative", title = "mean utility", scale = new { domain = new[] { 0, 1 } } },
            ["color"] = new { field = "party", type = "nominal", title = "worth to", scale = new { domain = negotiators, scheme = "set1" } },
            ["tooltip"] = new object[] { new { field = "bin", type = "nominal", title = along.Name }, new { field = "party", type = "nominal" }, new { field = "utility", type = "quantitative", title = "mean utility", format = ".3f" }, new { field = "runs", type = "quantitative" } },
        };
        if (categories)
        {
            encoding["xOffset"] = new { field = "party", type = "nominal", sort = negotiators };
        }

        return new
        {
            width = ChartStyle.PageWidth,
            autosize = ChartStyle.FitWidth,
            height = 260,
            title = new { text = $"Mean utility along {along.Name}", subtitle = "over the runs played; where no deal held, a party counts its reservation" },
            data = new { values = rows },
            name = "utilities",
            mark = categories ? (object)new { type = "bar" } : new { type = "line", point = along.Count <= MostBars, strokeWidth = 2.5 },
            encoding,
            config = ChartStyle.Config,
        };
    }

    /// <summary>
    /// Heatmaps over the first two axes, one per measure, side by side and sharing one table of cells (so that each
    /// measure adds a number per cell, not a cell): each measure is a name, a legend and what it is of a cell's runs
    /// (null where it is undefined), a share (0 to 1) or a mean utility.
    /// </summary>
    public static (object Spec, int Cells) Heatmaps(SweepBins bins, IReadOnlyList<(string Name, string Title, Func<SweepTally, double?> Of, bool Share)> measures)
    {
        var (rowAxis, columnAxis) = bins.Across!.Value;
        var cells = new List<Dictionary<string, object?>>();
        for (var r = 0; r < rowAxis.Count; r++)
        {
            for (var c = 0; c < columnAxis.Count; c++)
            {
                if (bins.AcrossAt(r, c) is not { } tally)
                {
                    continue;
                }

                var cell = new Dictionary<string, object?>
                {
                    ["row"] = rowAxis.Labels[r],
                    ["column"] = columnAxis.Labels[c],
                    ["runs"] = tally.Runs,
                };
                // A cell reaches 2 % past its upper edges, under its neighbours, so that no seam shows between them.
                if (columnAxis.IsNumeric)
                {
                    var (low, high) = (columnAxis.Low![c], columnAxis.High![c]);
                    (cell["x0"], cell["x1"]) = (Numbers.Rounded(low), Numbers.Rounded(c < columnAxis.Count - 1 ? high + ((high - low) * Overlap) : high));
                }

                if (rowAxis.IsNumeric)
                {
                    var (low, high) = (rowAxis.Low![r], rowAxis.High![r]);
                    (cell["y0"], cell["y1"]) = (Numbers.Rounded(low), Numbers.Rounded(r < rowAxis.Count - 1 ? high + ((high - low) * Overlap) : high));
                }

                foreach (var m in measures)
                {
                    cell[m.Name] = m.Of(tally) is { } value ? Math.Round(value, 4) : null;
                }

                cells.Add(cell);
            }
        }

        var x = columnAxis.IsNumeric
            ? (object)new { field = "x0", type = "quantitative", title = columnAxis.Name, scale = new { zero = false, nice = false } }
            : new { field = "column", type = "ordinal", title = columnAxis.Name, sort = columnAxis.Labels };
        var y = rowAxis.IsNumeric
            ? (object)new { field = "y0", type = "quantitative", title = rowAxis.Name, scale = new { zero = false, nice = false } }
            : new { field = "row", type = "ordinal", title = rowAxis.Name, sort = rowAxis.Labels };
        var views = measures.Select(m => Uniform(cells, m.Name, m.Title, m.Share) ?? new
        {
            name = m.Name,
            width = 360,
            height = 300,
            title = m.Title,
            transform = new object[] { new { filter = $"isValid(datum['{m.Name}'])" } },
            mark = new { type = "rect" },
            encoding = Heat(x, columnAxis.IsNumeric ? new { field = "x1" } : null, y, rowAxis.IsNumeric ? new { field = "y1" } : null, new
            {
                field = m.Name,
                type = "quantitative",
                title = m.Share ? "share" : "mean utility",
                scale = new { domain = new[] { 0, 1 }, scheme = m.Share ? "greens" : "viridis" },
                legend = new { format = m.Share ? "%" : ".2f" },
            }, new object[]
            {
                new { field = "row", type = "nominal", title = rowAxis.Name },
                new { field = "column", type = "nominal", title = columnAxis.Name },
                new { field = m.Name, type = "quantitative", title = m.Title, format = m.Share ? ".1%" : ".3f" },
                new { field = "runs", type = "quantitative" },
            }),
        });
        var spec = new
        {
            title = new { text = $"Across {rowAxis.Name} (rows) and {columnAxis.Name} (columns)", subtitle = bins.Along.Count > 2 ? "the other axes pooled" : "each cell: the runs at that pair of values" },
            data = new { values = cells },
            concat = views,
            columns = 2,
            resolve = new { scale = new { color = "independent" } },
            config = ChartStyle.Config,
        };
        return (spec, cells.Count * measures.Count);
    }

    /// <summary>
    /// A measure the same in every cell is drawn as a sentence saying so ("100.0% in every cell"), not as a square of
    /// one colour a reader would take for a chart that failed; null when the cells differ (or none has a value).
    /// </summary>
    private static object? Uniform(List<Dictionary<string, object?>> cells, string name, string title, bool share)
    {
        var values = cells.Select(c => c[name]).OfType<double>().ToList();
        if (values.Count < 2 || values.Any(v => v != values[0]))
        {
            return null;
        }

        var value = values[0].ToString(share ? "0.0%" : "0.000", System.Globalization.CultureInfo.InvariantCulture);
        return new
        {
            name,
            width = 360,
            height = 300,
            title,
            data = new { values = new[] { new { text = $"{value} in every cell", value = values[0], cells = values.Count, runs = cells.Where(c => c[name] is double).Sum(c => Convert.ToInt64(c["runs"], System.Globalization.CultureInfo.InvariantCulture)) } } },
            mark = new { type = "text", fontSize = 20, fontWeight = "bold", color = "#2d3748" },
            encoding = new { text = new { field = "text", type = "nominal" } },
        };
    }

    /// <summary>For each term, how often each of its values was signed and how often ratified.</summary>
    public static object TermSurvival(SweepSummary summary, Model.Outcomes.OutcomeSpace space, bool voted)
    {
        var rows = new List<object>();
        for (var t = 0; t < space.Terms.Length; t++)
        {
            var term = space.Terms[t];
            for (var v = 0; v < term.Count; v++)
            {
                var (signed, ratified) = summary.Term(t, v);
                rows.Add(new { term = term.Name, value = term.Label(v), order = v, series = "signed", runs = signed });
                if (voted)
                {
                    rows.Add(new { term = term.Name, value = term.Label(v), order = v, series = "ratified", runs = ratified });
                }
            }
        }

        return new
        {
            title = new { text = "Which terms survive", subtitle = voted ? "how many signed deals held each value, and how many of those were ratified" : "how many signed deals held each value (no deal needed ratification)" },
            data = new { values = rows },
            facet = new { row = new { field = "term", type = "nominal", title = (string?)null, sort = space.Terms.Select(t => t.Name).ToArray(), header = new { labelAngle = 0, labelAlign = "left", labelFontSize = 14, labelFontWeight = "bold" } } },
            spec = new
            {
                name = "values",
                width = 560,
                mark = new { type = "bar" },
                encoding = new
                {
                    y = new { field = "value", type = "nominal", title = (string?)null, sort = new { field = "order" } },
                    yOffset = new { field = "series", type = "nominal", sort = new[] { "signed", "ratified" } },
                    x = new { field = "runs", type = "quantitative", title = "runs" },
                    color = new { field = "series", type = "nominal", title = "deals", sort = new[] { "signed", "ratified" }, scale = new { domain = new[] { "signed", "ratified" }, range = new[] { "#3182ce", "#2f855a" } } },
                    tooltip = new object[] { new { field = "term", type = "nominal" }, new { field = "value", type = "nominal" }, new { field = "series", type = "nominal", title = "deals" }, new { field = "runs", type = "quantitative" } },
                },
            },
            // Each term's bars get an axis of their own under them: with one axis under the last term only, the
            // first terms' bars were read against an axis a screen away.
            resolve = new { scale = new { y = "independent" }, axis = new { x = "independent" } },
            config = ChartStyle.Config,
        };
    }

    /// <summary>A heatmap's encoding: x2 and y2 (a numeric axis's bin edges) only where given.</summary>
    private static Dictionary<string, object> Heat(object x, object? x2, object y, object? y2, object color, object[] tooltip)
    {
        var encoding = new Dictionary<string, object> { ["x"] = x, ["y"] = y, ["color"] = color, ["tooltip"] = tooltip };
        if (x2 is not null)
        {
            encoding["x2"] = x2;
        }

        if (y2 is not null)
        {
            encoding["y2"] = y2;
        }

        return encoding;
    }

    private static object X(AxisBins along, string field) => along.IsNumeric && along.Count > MostBars
        ? new { field, type = "quantitative", title = along.Name, scale = new { zero = false, nice = false } }
        : new { field = "bin", type = "ordinal", title = along.Name, sort = along.Labels, axis = new { labelAngle = along.Count <= LevelLabels ? 0 : -45, labelLimit = 220 } };

    /// <summary>Along up to this many values their labels are written level under their bars; more are slanted.</summary>
    private const int LevelLabels = 12;

    private static double? Centre(AxisBins along, int bin) => along.IsNumeric ? Numbers.Rounded((along.Low![bin] + along.High![bin]) / 2) : null;

    private static double? Edge(IReadOnlyList<double>? edges, int bin) => edges is null ? null : Numbers.Rounded(edges[bin]);

    private static double Share(long count, long runs) => runs == 0 ? 0 : Numbers.Rounded((double)count / runs);

    private static string Pooled(SweepBins bins, int axis) =>
        bins.Along.Count > 1 ? $"the runs at each value, over every value of {string.Join(", ", bins.Along.Where((_, i) => i != axis).Select(a => a.Name))}" : "the share of each outcome among the runs at each value";
}
