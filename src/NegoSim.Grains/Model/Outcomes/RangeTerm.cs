using System.Collections.Immutable;
using System.Globalization;

namespace NegoSim.Grains.Model.Outcomes;

/// <summary>A numeric term: the grid <c>min, min + step, …</c> up to <c>max</c> (max included when the step reaches it).</summary>
public sealed record RangeTerm : Term
{
    private const double GridTolerance = 1e-9;

    public RangeTerm(string name, double min, double max, double step, string? unit = null)
        : base(name)
    {
        if (!(max >= min) || !(step > 0) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"Term '{name}' needs min ≤ max and a positive step.");
        }

        Min = min;
        Max = max;
        Step = step;
        Unit = unit;
        var count = (int)Math.Floor(((max - min) / step) + GridTolerance) + 1;
        Points = [.. Enumerable.Range(0, count).Select(i => Math.Round(min + (i * step), 10))];
    }

    public double Min { get; }

    public double Max { get; }

    public double Step { get; }

    public string? Unit { get; }

    /// <summary>The grid points, ascending.</summary>
    public ImmutableArray<double> Points { get; }

    public override int Count => Points.Length;

    public override string Allowed =>
        string.Create(CultureInfo.InvariantCulture, $"a number from {Min} to {Max} in steps of {Step}");

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
            if (Math.Abs(Points[i] - value) <= GridTolerance * Math.Max(1, Math.Abs(value)))
            {
                index = i;
                return true;
            }
        }

        return false;
    }
}
