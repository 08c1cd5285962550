using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Reports.Html;

/// <summary>
/// The offer dance: round by round, what each offer was worth to each negotiator (solid, a dot per offer) and each
/// negotiator's target at that moment (dashed), with the round of signature marked.
/// </summary>
public static class OfferDanceChart
{
    /// <param name="s">The scenario played.</param>
    /// <param name="run">The run.</param>
    /// <param name="students">Negotiators a student played: they follow no strategy, so they have no target to draw.</param>
    public static object Create(Scenario s, NegotiationResult run, IReadOnlySet<string>? students = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(run);
        bool Targeted(string party) => students?.Contains(party) != true;
        var worth = new List<object>();
        var targets = new List<object>();
        foreach (var r in run.Rounds)
        {
            if (r.Offer >= 0)
            {
                var deal = DealText.Inline(s.Space, r.Offer);
                for (var i = 0; i < s.Negotiators.Length; i++)
                {
                    worth.Add(new { round = r.Round, party = s.Negotiators[i].Name, value = Numbers.Rounded(r.Utilities[i]), proposer = r.Proposer, deal });
                }
            }

            if (Targeted(r.Proposer))
            {
                targets.Add(new { round = r.Round, party = r.Proposer, value = Numbers.Rounded(r.Target), role = "proposing" });
            }

            foreach (var response in r.Responses.Where(x => Targeted(x.Responder)))
            {
                targets.Add(new { round = r.Round, party = response.Responder, value = Numbers.Rounded(response.Target), role = response.Accepted ? "accepted" : "rejected" });
            }
        }

        var x = new { field = "round", type = "quantitative", title = "round", scale = new { domain = new[] { 1, Math.Max(2, s.Protocol.Deadline) } }, axis = new { tickMinStep = 1, format = "d" } };
        var y = new { field = "value", type = "quantitative", title = "utility", scale = new { domain = new[] { 0, 1 } } };
        var color = new { field = "party", type = "nominal", title = "worth to", scale = new { domain = s.Negotiators.Select(n => n.Name).ToArray(), scheme = "set1" } };
        var layers = new List<object>
        {
            new
            {
                name = "targets",
                data = new { values = targets },
                mark = new { type = "line", strokeDash = new[] { 6, 4 }, strokeWidth = 1.5, point = new { size = 14 } },
                encoding = new
                {
                    x,
                    y,
                    color,
                    tooltip = new object[] { new { field = "round", type = "quantitative" }, new { field = "party", type = "nominal", title = "target of" }, new { field = "value", type = "quantitative", title = "target", format = ".3f" }, new { field = "role", type = "nominal", title = "while" } },
                },
            },
            new
            {
                name = "worth",
                data = new { values = worth },
                mark = new { type = "line", strokeWidth = 2.5, point = new { size = 60, filled = true } },
                encoding = new
                {
                    x,
                    y,
                    color,
                    tooltip = new object[] { new { field = "round", type = "quantitative" }, new { field = "proposer", type = "nominal", title = "offer by" }, new { field = "party", type = "nominal", title = "worth to" }, new { field = "value", type = "quantitative", title = "worth", format = ".3f" }, new { field = "deal", type = "nominal", title = "offer" } },
                },
            },
        };
        if (run.IsSigned)
        {
            // The label stands on the side of the line where the plot has room: right of it in the first half of the
            // rounds (on the left it would run over the utility axis), left of it after.
            var early = run.Round - 1 < (Math.Max(2, s.Protocol.Deadline) - 1) / 2.0;
            layers.Add(new
            {
                name = "signature",
                data = new { values = new[] { new { round = run.Round, label = $"signed in round {run.Round}" } } },
                layer = new object[]
                {
                    new { mark = new { type = "rule", color = "#c53030", strokeWidth = 2 }, encoding = new { x } },
                    new { mark = new { type = "text", color = "#c53030", align = early ? "left" : "right", dx = early ? 6 : -6, dy = 8, fontSize = 14, fontWeight = "bold" }, encoding = new { x, y = new { datum = 1 }, text = new { field = "label" } } },
                },
            });
        }

        return new
        {
            width = ChartStyle.PageWidth,
            autosize = ChartStyle.FitWidth,
            height = 360,
            title = new { text = "The offer dance", subtitle = "solid: what each offer was worth to each negotiator; dashed: each negotiator's target that round" },
            layer = layers,
            config = ChartStyle.Config,
        };
    }
}
