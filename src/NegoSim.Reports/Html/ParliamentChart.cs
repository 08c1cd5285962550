using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Html;

/// <summary>
/// A ratification vote as a parliament: one mark per seat in a half circle, coloured by faction, a dot for yes and a
/// cross for no, the yes seats from the left; a line marks the seat at which the threshold is reached, so the vote
/// passed if the dots reach past it.
/// </summary>
public static class ParliamentChart
{
    public static (object Spec, int Seats) Create(RatificationVote vote)
    {
        var seats = vote.Factions.Sum(f => f.Seats);
        var places = Hemicycle.Seats(seats);
        var rows = new List<object>(seats);
        var next = 0;
        foreach (var (yes, line) in new[] { (true, "yes"), (false, "no") })
        {
            foreach (var f in vote.Factions)
            {
                var count = yes ? f.Yes : f.Seats - f.Yes;
                for (var i = 0; i < count; i++, next++)
                {
                    rows.Add(new
                    {
                        x = Math.Round(places[next].X, 4),
                        y = Math.Round(places[next].Y, 4),
                        faction = f.Name,
                        vote = line,
                        seats = f.Seats,
                        faction_yes = f.Yes,
                        utility = Numbers.Rounded(f.Utility),
                        reservation = f.Reservation,
                        party_line = f.Line ? "yes" : "no",
                    });
                }
            }
        }

        var layers = new List<object>
        {
            new
            {
                name = "seats",
                data = new { values = rows },
                mark = new { type = "point", size = 70, filled = true, strokeWidth = 2 },
                encoding = new
                {
                    x = new { field = "x", type = "quantitative", axis = (object?)null, scale = new { domain = new[] { -1.05, 1.05 } } },
                    y = new { field = "y", type = "quantitative", axis = (object?)null, scale = new { domain = new[] { 0, 1.05 } } },
                    color = new { field = "faction", type = "nominal", title = "faction", scale = new { domain = vote.Factions.Select(f => f.Name).ToArray(), scheme = "tableau10" } },
                    shape = new { field = "vote", type = "nominal", title = "vote", scale = new { domain = new[] { "yes", "no" }, range = new[] { "circle", "cross" } } },
                    tooltip = new object[]
                    {
                        new { field = "faction", type = "nominal" },
                        new { field = "vote", type = "nominal", title = "this seat" },
                        new { field = "seats", type = "quantitative", title = "faction's seats" },
                        new { field = "faction_yes", type = "quantitative", title = "of them yes" },
                        new { field = "party_line", type = "nominal", title = "faction's line" },
                        new { field = "utility", type = "quantitative", title = "deal worth to it", format = ".3f" },
                        new { field = "reservation", type = "quantitative", title = "its reservation" },
                    },
                },
            },
        };
        if (vote.Threshold is > 0 && vote.Threshold <= seats)
        {
            // Between the last seat a passing vote needs and the next one.
            var angle = vote.Threshold < seats ? (places[vote.Threshold - 1].Angle + places[vote.Threshold].Angle) / 2 : places[seats - 1].Angle;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            layers.Add(new
            {
                name = "threshold",
                data = new
                {
                    values = new[]
                    {
                        new { x = Math.Round(0.3 * cos, 4), y = Math.Round(0.3 * sin, 4), x2 = Math.Round(1.04 * cos, 4), y2 = Math.Round(1.04 * sin, 4), label = $"threshold: {vote.Threshold} of {seats}" },
                    },
                },
                layer = new object[]
                {
                    new { mark = new { type = "rule", color = "#1a202c", strokeWidth = 2, strokeDash = new[] { 5, 3 } }, encoding = new { x = new { field = "x", type = "quantitative" }, y = new { field = "y", type = "quantitative" }, x2 = new { field = "x2" }, y2 = new { field = "y2" } } },
                    new { mark = new { type = "text", fontSize = 14, fontWeight = "bold", dy = 14 }, encoding = new { x = new { datum = 0 }, y = new { datum = 0.02 }, text = new { field = "label" } } },
                },
            });
        }

        var spec = new
        {
            width = 620,
            height = 330,
            title = new { text = $"{vote.Ratifier} votes on the deal {vote.Ratifies} signed: {(vote.Passed ? "RATIFIED" : "NOT RATIFIED")}", subtitle = $"{vote.Yes} yes, {vote.No} no; {vote.Threshold} needed. Dots: yes, crosses: no, the yes seats from the left." },
            layer = layers,
            config = ChartStyle.Config,
        };
        return (spec, seats);
    }
}
