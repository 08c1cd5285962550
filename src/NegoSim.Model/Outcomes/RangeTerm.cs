using System.Collections.Immutable;
using System.Globalization;

namespace NegoSim.Model.Outcomes;

/// <summary>A numeric term: the grid <c>min, min + step, …</c> up to <c>max</c> (max included when the step reaches it).</summary>
public sealed record RangeTerm : Term
{
    private const double GridTolerance = 1e-9;

    public RangeTerm(string name, double min, double max, double step, string? unit = null, ImmutableArray<double> onTable = default)
        : base(name)
    {
        if (!(max >= min) || !(step > 0) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"Term '{name}' needs min ≤ max and a positive step.");
        }

        // Counted before anything is allocated: a tiny step would otherwise ask for billions of values.
        var values = CountOf(min, max, step);
        if (!(values <= MostValues))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Term '{name}' would have {values:N0} values ({min} to {max} in steps of {step}); a term may have at most {MostValues:N0}: use a larger step."));
        }

        Min = min;
        Max = max;
        Step = step;
        Unit = unit;
        var count = (int)values;
        var grid = Enumerable.Range(0, count).Select(i => Math.Round(min + (i * step), 10)).ToList();
        if (onTable.IsDefault)
        {
            Points = [.. grid];
            return;
        }

        foreach (var value in onTable.Where(v => !grid.Any(g => Near(g, v))))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{value} is not on the grid of term '{name}' ({min} to {max} in steps of {step})."));
        }

        Points = [.. grid.Where(g => onTable.Any(v => Near(g, v)))];
        if (Points.IsEmpty)
        {
            throw new ArgumentException($"Term '{name}' needs at least one value on the table.");
        }
    }

    /// <summary>How many values min to max in steps of step makes (max included when the steps reach it), before any is made.</summary>
    public static double CountOf(double min, double max, double step) => Math.Floor(((max - min) / step) + GridTolerance) + 1;

    /// <summary>The most values a term may have (the outcome space is bounded separately).</summary>
    public const int MostValues = 1_000_000;

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    public string? Unit { get; }

    /// <summary>The grid points on the table, ascending.</summary>
    public ImmutableArray<double> Points { get; }

    public override int Count => Points.Length;

    public override string Allowed =>
        Points.Length == Math.Floor(((Max - Min) / Step) + GridTolerance) + 1
            ? string.Create(CultureInfo.InvariantCulture, $"a number from {Min} to {Max} in steps of {Step}")
            : string.Join(", ", Points.Select(p => p.ToString("R", CultureInfo.InvariantCulture)));

    public override string Label(int index) => Points[index].ToString("R", CultureInfo.InvariantCulture);

    public override object Value(int index) => Points[index];

    public override bool TryIndexOf(string text, out int index)
    {
        index = -1;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        for (var i = 0; i < Points.Length; i++)
        {
            if (Near(Points[i], value))
            {
                index = i;
                return true;
            }
        }

        return false;
    }

    public override bool IsOnScale(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && value >= Min - GridTolerance && value <= Max + GridTolerance
        && Near(Math.Round((value - Min) / Step) * Step, value - Min);

    private static bool Near(double a, double b) => Math.Abs(a - b) <= GridTolerance * Math.Max(1, Math.Abs(b));
}
