using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;

namespace NegoSim.Reports.Html;

/// <summary>
/// The outcome space of two negotiators: every deal a dot at (its utility to one, to the other), shaded by whether
/// the ratifiers' win-sets hold it and whether every negotiator gains by it (the zone of agreement); the Pareto
/// frontier; the reservations; the Nash and Kalai–Smorodinsky points and their ratifiable twins; and, for a run, the
/// path of offers and the agreement.
/// </summary>
public static class OutcomeSpaceChart
{
    /// <summary>Up to this many marked agreements are labelled on the chart.</summary>
    private const int MostLabels = 40;

    /// <summary>Above this many distinct dots the dots are rounded to two decimals instead of three.</summary>
    private const int MostDots = 20_000;

    /// <summary>The chart's specification and how many marks it draws.</summary>
    /// <param name="tables">The scenario's tables (its opening stage is drawn).</param>
    /// <param name="analysis">Its analysis.</param>
    /// <param name="x">The negotiator along the horizontal axis (index in scenario order).</param>
    /// <param name="y">The negotiator along the vertical axis.</param>
    /// <param name="run">A run whose offers and agreement are drawn, or null.</param>
    /// <param name="subgamePerfect">Whether to mark the subgame-perfect agreement.</param>
    /// <param name="marked">Other agreements to mark (a classroom's tables, or what the strategies reach), coloured by kind.</param>
    public static (object Spec, int Marks) Create(ScenarioTables tables, OutcomeTheory analysis, int x, int y, NegotiationResult? run, bool subgamePerfect, IReadOnlyList<MarkedDeal>? marked = null)
    {
        var s = tables.Scenario;
        var (xName, yName) = (s.Negotiators[x].Name, s.Negotiators[y].Name);
        var dots = Dots(tables, x, y);
        var frontier = analysis.Pareto.OrderBy(p => p.Utilities[x]).ThenByDescending(p => p.Utilities[y])
            .Select(p => new { x = Numbers.Rounded(p.Utilities[x]), y = Numbers.Rounded(p.Utilities[y]), deal = DealText.Inline(s.Space, p.Deal) })
            .ToList();
        var points = Together(TheoryPoints(analysis, subgamePerfect)
            .Select(p => (p.Name, X: Numbers.Rounded(p.Point.Utilities[x]), Y: Numbers.Rounded(p.Point.Utilities[y]), Deal: DealText.Inline(s.Space, p.Point.Deal))))
            .Select(g => new { point = g.Name, x = g.X, y = g.Y, deal = g.Deal })
            .ToList();
        var axes = new
        {
            x = new { field = "x", type = "quantitative", title = $"utility to {xName}", scale = new { domain = new[] { 0, 1 } } },
            y = new { field = "y", type = "quantitative", title = $"utility to {yName}", scale = new { domain = new[] { 0, 1 } } },
        };
        var layers = new List<object>
        {
            new
            {
                name = "deals",
                data = new { values = dots.Select(d => new { x = d.X, y = d.Y, set = d.Set, deals = d.Deals }) },
                mark = new { type = "circle", size = 22, opacity = 0.6 },
                encoding = new
                {
                    axes.x,
                    axes.y,
                    color = new { field = "set", type = "nominal", title = "deals", scale = new { domain = Sets(s.Ratifiers.Length > 0), range = new[] { "#38a169", "#63b3ed", "#cbd5e0" } }, legend = new { orient = "bottom", columns = 1 } },
                    tooltip = new object[] { Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deals", type = "quantitative", title = "deals here" }, new { field = "set", type = "nominal", title = "which are" } },
                },
            },
            new
            {
                name = "reservations",
                data = new { values = new[] { new { x = Numbers.Rounded(analysis.Disagreement[x]), y = Numbers.Rounded(analysis.Disagreement[y]) } } },
                layer = new object[]
                {
                    new { mark = new { type = "rule", strokeDash = new[] { 4, 4 }, color = "#718096" }, encoding = new { axes.x } },
                    new { mark = new { type = "rule", strokeDash = new[] { 4, 4 }, color = "#718096" }, encoding = new { axes.y } },
                },
            },
            new
            {
                name = "frontier_line",
                data = new { values = frontier },
                mark = new { type = "line", color = "#1a202c", strokeWidth = 1.5 },
                encoding = new { axes.x, axes.y, order = new { field = "x", type = "quantitative" } },
            },
            new
            {
                name = "frontier",
                data = new { values = frontier },
                mark = new { type = "point", color = "#1a202c", size = 36, filled = true },
                encoding = new { axes.x, axes.y, tooltip = new object[] { Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deal", type = "nominal", title = "Pareto-optimal deal" } } },
            },
        };
        var marks = dots.Count + (2 * frontier.Count) + 2;
        // What theory predicts is drawn under the path of offers and the agreement, which may sit on it.
        if (points.Count > 0)
        {
            layers.Add(new
            {
                name = "theory",
                data = new { values = points },
                layer = new object[]
                {
                    new
                    {
                        mark = new { type = "point", size = 300, filled = false, strokeWidth = 3, opacity = 1 },
                        encoding = new
                        {
                            axes.x,
                            axes.y,
                            // One entry a line: a mark of several points has a long name ("Nash = maximum welfare ≈ …").
                            shape = new { field = "point", type = "nominal", title = "what theory predicts", legend = new { orient = "bottom", columns = 1, labelLimit = 900 } },
                            color = new { field = "point", type = "nominal", title = "what theory predicts", legend = new { orient = "bottom", columns = 1, labelLimit = 900 }, scale = new { scheme = "dark2" } },
                            tooltip = new object[] { new { field = "point", type = "nominal" }, Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deal", type = "nominal" } },
                        },
                    },
                },
            });
            marks += points.Count;
        }

        if (marked is { Count: > 0 })
        {
            layers.Add(new
            {
                name = "marked",
                data = new { values = marked.Select(m => new { label = m.Label, kind = m.Kind, x = Numbers.Rounded(m.Utilities[x]), y = Numbers.Rounded(m.Utilities[y]), deal = m.Deal < 0 ? "(no deal)" : DealText.Inline(s.Space, m.Deal) }) },
                mark = new { type = "point", shape = "diamond", size = 160, filled = true, opacity = 0.85, stroke = "#fff", strokeWidth = 1 },
                encoding = new
                {
                    axes.x,
                    axes.y,
                    color = new { field = "kind", type = "nominal", title = "agreements", legend = new { orient = "bottom", columns = 2 }, scale = new { scheme = "set1" } },
                    tooltip = new object[] { new { field = "label", type = "nominal", title = "who" }, Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deal", type = "nominal" } },
                },
            });
            marks += marked.Count;

            // Few enough to read: each mark is labelled (a classroom's "table 3"), beside its diamond.
            if (marked.Count <= MostLabels)
            {
                layers.Add(new
                {
                    name = "marked_labels",
                    data = new { values = marked.Select(m => new { label = m.Label, x = Numbers.Rounded(m.Utilities[x]), y = Numbers.Rounded(m.Utilities[y]) }) },
                    mark = new { type = "text", align = "left", dx = 9, dy = -7, fontSize = 12, color = "#1a202c" },
                    encoding = new { axes.x, axes.y, text = new { field = "label", type = "nominal" } },
                });
                marks += marked.Count;
            }
        }

        if (run is not null)
        {
            var offers = run.Rounds.Where(r => r.Offer >= 0)
                .Select(r => new { round = r.Round, proposer = r.Proposer, x = Numbers.Rounded(r.Utilities[x]), y = Numbers.Rounded(r.Utilities[y]), deal = DealText.Inline(s.Space, r.Offer) })
                .ToList();
            layers.Add(new
            {
                name = "offers",
                data = new { values = offers },
                mark = new { type = "line", color = "#dd6b20", strokeWidth = 1.5, opacity = 0.8, point = new { filled = true, size = 50, color = "#dd6b20" } },
                encoding = new
                {
                    axes.x,
                    axes.y,
                    order = new { field = "round", type = "quantitative" },
                    tooltip = new object[] { new { field = "round", type = "quantitative" }, new { field = "proposer", type = "nominal" }, Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deal", type = "nominal", title = "offer" } },
                },
            });
            marks += 2 * offers.Count;
            if (run.IsSigned)
            {
                layers.Add(new
                {
                    name = "agreement",
                    data = new { values = new[] { new { x = Numbers.Rounded(run.Utilities[x]), y = Numbers.Rounded(run.Utilities[y]), label = $"signed, round {run.Round}", deal = DealText.Inline(s.Space, run.Deal) } } },
                    mark = new { type = "point", shape = "M0,-1L0.24,-0.31L0.95,-0.31L0.38,0.12L0.59,0.81L0,0.38L-0.59,0.81L-0.38,0.12L-0.95,-0.31L-0.24,-0.31Z", size = 520, filled = true, color = "#c53030", stroke = "#fff", strokeWidth = 1 },
                    encoding = new { axes.x, axes.y, tooltip = new object[] { new { field = "label", type = "nominal", title = "agreement" }, Field("x", $"to {xName}"), Field("y", $"to {yName}"), new { field = "deal", type = "nominal" } } },
                });
                marks++;
            }
        }

        var spec = new
        {
            width = ChartStyle.PageWidth,
            autosize = ChartStyle.FitWidth,
            height = 560,
            title = new { text = $"The outcome space: {xName} against {yName}", subtitle = Subtitle(dots, s.Space.Count, analysis) },
            layer = layers,
            resolve = new { scale = new { color = "independent", shape = "independent" } },
            config = ChartStyle.Config,
        };
        return (spec, marks);
    }

    /// <summary>
    /// Points of theory that one mark would hide under another (closer than <see cref="Apart"/> on both axes) made one
    /// mark, named for all of them: "Nash = maximum welfare" where they are the same point, "Nash ≈ Kalai–Smorodinsky"
    /// where they are near. Drawn apart, the last would hide the others and their legend entries would name marks
    /// nobody can see. Each point joins the first mark near it, in the order theory lists them.
    /// </summary>
    public static IReadOnlyList<(string Name, double X, double Y, string Deal)> Together(IEnumerable<(string Name, double X, double Y, string Deal)> points)
    {
        var marks = new List<List<(string Name, double X, double Y, string Deal)>>();
        foreach (var point in points)
        {
            if (marks.Find(m => Math.Abs(m[0].X - point.X) < Apart && Math.Abs(m[0].Y - point.Y) < Apart) is { } near)
            {
                near.Add(point);
            }
            else
            {
                marks.Add([point]);
            }
        }

        // Within a mark, points at the very same spot are joined by "=", groups near each other by "≈".
        return [.. marks.Select(m => (
            string.Join(" ≈ ", m.GroupBy(p => (p.X, p.Y)).Select(same => string.Join(" = ", same.Select(p => p.Name)))),
            m[0].X,
            m[0].Y,
            string.Join(" or ", m.Select(p => p.Deal).Distinct())))];
    }

    /// <summary>How far apart, in utility on each axis, two theory marks must be to be told apart (a mark is about 0.03 across).</summary>
    public const double Apart = 0.02;

    /// <summary>The names of the three kinds of dot, in the order of their colours.</summary>
    private static string[] Sets(bool ratifiers) => ratifiers
        ? ["zone of agreement: every negotiator gains, would be ratified", "would be ratified, but below a reservation", "outside the win-set: would be voted down"]
        : ["zone of agreement: every negotiator gains", "below a reservation", "—"];

    private static string Subtitle(List<Dot> dots, int outcomes, OutcomeTheory analysis) =>
        $"{Numbers.Count(outcomes)} deals as {Numbers.Count(dots.Count)} dots (deals with the same utilities share a dot); Pareto frontier of {Numbers.Count(analysis.Pareto.Length)}; dashed lines: reservations";

    private static object Field(string field, string title) => new { field, type = "quantitative", title, format = ".3f" };

    private static IEnumerable<(string Name, UtilityPoint Point)> TheoryPoints(OutcomeTheory a, bool subgamePerfect)
    {
        var points = new List<(string, UtilityPoint?)>
        {
            ("Nash", a.Nash),
            ("Kalai–Smorodinsky", a.KalaiSmorodinsky),
            ("maximum welfare", a.MaxWelfare),
        };
        if (a.NashRatifiable?.Deal != a.Nash?.Deal)
        {
            points.Add(("Nash, ratifiable", a.NashRatifiable));
        }

        if (a.KalaiSmorodinskyRatifiable?.Deal != a.KalaiSmorodinsky?.Deal)
        {
            points.Add(("Kalai–Smorodinsky, ratifiable", a.KalaiSmorodinskyRatifiable));
        }

        if (a.MaxWelfareRatifiable?.Deal != a.MaxWelfare?.Deal)
        {
            points.Add(("maximum welfare, ratifiable", a.MaxWelfareRatifiable));
        }

        if (subgamePerfect && a.Equilibrium is { } e)
        {
            points.Add(($"subgame-perfect (round {e.Round})", e.Agreement));
        }

        return points.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!));
    }

    /// <summary>Every deal as a dot, deals at the same (rounded) utilities and of the same kind sharing one.</summary>
    private static List<Dot> Dots(ScenarioTables tables, int x, int y)
    {
        var s = tables.Scenario;
        var opening = tables.Stage(0);
        var utility = s.Negotiators.Select(n => n.Utility.Tabulate()).ToArray();
        var reservations = s.Negotiators.Select(n => n.Reservation).ToArray();
        var sets = Sets(s.Ratifiers.Length > 0);
        var kinds = new byte[s.Space.Count];
        for (var o = 0; o < kinds.Length; o++)
        {
            kinds[o] = (byte)(!opening.Ratifiable(o) ? 2 : OutcomeAnalysis.Rational(utility, reservations, o) ? 0 : 1);
        }

        // At two decimals there are at most 101 × 101 dots of each kind.
        var counts = Count(3, MostDots);
        if (counts.Count > MostDots)
        {
            counts = Count(2, int.MaxValue);
        }

        return [.. counts.OrderBy(c => c.Key.Kind).ThenBy(c => c.Key.X).ThenBy(c => c.Key.Y).Select(c => new Dot(c.Key.X, c.Key.Y, sets[c.Key.Kind], c.Value))];

        Dictionary<(double X, double Y, byte Kind), int> Count(int decimals, int most)
        {
            var counts = new Dictionary<(double X, double Y, byte Kind), int>();
            for (var o = 0; o < kinds.Length && counts.Count <= most; o++)
            {
                var key = (Math.Round(utility[x][o], decimals), Math.Round(utility[y][o], decimals), kinds[o]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }

            return counts;
        }
    }

    private sealed record Dot(double X, double Y, string Set, int Deals);
}
