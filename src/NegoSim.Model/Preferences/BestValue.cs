using System.Globalization;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>
/// 1 at <see cref="Best"/>, falling linearly to 0 at <see cref="Worst"/> (by default the end of the term farthest
/// from best), clamped to [0, 1]: a value past best on the far side from worst falls off too, as far from best is far.
/// With <see cref="Reach"/> <see cref="BestReach.AtLeast"/> every value from best up is worth 1 (a demand: more is
/// no worse), falling to 0 at worst (by default the lowest value); with <see cref="BestReach.AtMost"/> every value up
/// to best is worth 1, falling to 0 at worst (by default the highest). For option terms, distance is counted in positions.
/// </summary>
public sealed record BestValue(string Best, string? Worst = null, BestReach Reach = BestReach.Point) : ValueFunction
{
    public override double[] Tabulate(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var (positions, low, high) = term switch
        {
            OptionTerm options => (Enumerable.Range(0, options.Count).Select(i => (double)options.PositionOf(i)).ToArray(), 0.0, options.Scale.Length - 1.0),
            RangeTerm range => (range.Points.ToArray(), range.Min, range.Max),
            _ => throw new ArgumentException($"Unknown kind of term '{term.Name}'."),
        };
        var key = Reach switch { BestReach.AtLeast => "at-least", BestReach.AtMost => "at-most", _ => "best" };
        var best = Position(term, Best, key);
        var worst = Worst is not null ? Position(term, Worst, "worst")
            : Reach == BestReach.AtLeast ? low
            : Reach == BestReach.AtMost ? high
            : Math.Abs(low - best) > Math.Abs(high - best) ? low : high;
        if ((Reach == BestReach.AtLeast && worst > best) || (Reach == BestReach.AtMost && worst < best))
        {
            throw new ArgumentException($"worst: '{Worst}' is on the side of {key} '{Best}' where every value is worth 1; give a worst on the other side.");
        }

        var span = Math.Abs(worst - best);
        return [.. positions.Select(x => Value(x, best, span))];
    }

    private double Value(double x, double best, double span) =>
        (Reach == BestReach.AtLeast && x >= best) || (Reach == BestReach.AtMost && x <= best) || span == 0
            ? 1
            : Math.Clamp(1 - (Math.Abs(x - best) / span), 0, 1);

    private static double Position(Term term, string text, string key)
    {
        if (term is OptionTerm options)
        {
            var position = options.Scale.IndexOf(text);
            return position >= 0
                ? position
                : throw new ArgumentException($"{key}: '{text}' is not an option of term '{term.Name}'; allowed: {string.Join(", ", options.Scale)}.");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ArgumentException($"{key}: '{text}' is not a number; term '{term.Name}' is numeric.");
    }
}
