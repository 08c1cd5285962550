using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Preferences;

/// <summary>Piecewise linear through <c>[x, v]</c> points with x ascending, flat beyond the first and last point.</summary>
public sealed record PointsValue(ImmutableArray<(double X, double V)> Points) : ValueFunction
{
    public override double[] Tabulate(Term term)
    {
        if (term is not RangeTerm range)
        {
            throw new ArgumentException($"points: term '{term?.Name}' has options; use values or best/worst.");
        }

        if (Points.IsDefaultOrEmpty)
        {
            throw new ArgumentException("points: give at least one [x, v] point.");
        }

        for (var i = 0; i < Points.Length; i++)
        {
            if (Points[i].V is < 0 or > 1 || double.IsNaN(Points[i].V))
            {
                throw new ArgumentException($"points: v = {Points[i].V} at x = {Points[i].X}; values must lie in [0, 1].");
            }

            if (i > 0 && !(Points[i].X > Points[i - 1].X))
            {
                throw new ArgumentException("points: x must increase from point to point.");
            }
        }

        return [.. range.Points.Select(At)];
    }

    private double At(double x)
    {
        if (x <= Points[0].X)
        {
            return Points[0].V;
        }

        for (var i = 1; i < Points.Length; i++)
        {
            if (x <= Points[i].X)
            {
                var (x0, v0) = Points[i - 1];
                var (x1, v1) = Points[i];
                return v0 + ((v1 - v0) * (x - x0) / (x1 - x0));
            }
        }

        return Points[^1].V;
    }
}
