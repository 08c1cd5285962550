using System.Globalization;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>
/// 1 at <see cref="Best"/>, falling linearly to 0 at <see cref="Worst"/> (by default the end of the term farthest
/// from best), clamped to [0, 1]. For option terms, distance is counted in positions.
/// </summary>
public sealed record BestValue(string Best, string? Worst = null) : ValueFunction
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
        var best = Position(term, Best, "best");
        var worst = Worst is null
            ? (Math.Abs(low - best) > Math.Abs(high - best) ? low : high)
            : Position(term, Worst, "worst");
        var span = Math.Abs(worst - best);
        if (span == 0)
        {
            return [.. positions.Select(_ => 1.0)];
        }

        return [.. positions.Select(x => Math.Clamp(1 - (Math.Abs(x - best) / span), 0, 1))];
    }

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
