using System.Collections.Immutable;

namespace NegoSim.Model.Analysis;

/// <summary>A deal and what it is worth to each negotiator, in scenario order.</summary>
public sealed record UtilityPoint(int Deal, ImmutableArray<double> Utilities)
{
    /// <summary>Euclidean distance between two points in utility space (a span: a sweep asks it of every frontier point for every row, and boxed the vector each time).</summary>
    public double DistanceTo(ReadOnlySpan<double> other)
    {
        var sum = 0.0;
        for (var i = 0; i < Utilities.Length; i++)
        {
            sum += (Utilities[i] - other[i]) * (Utilities[i] - other[i]);
        }

        return Math.Sqrt(sum);
    }

    /// <summary>The distance from <paramref name="reached"/> to the nearest point of <paramref name="frontier"/>, which is not empty.</summary>
    public static double NearestDistance(ImmutableArray<UtilityPoint> frontier, ReadOnlySpan<double> reached)
    {
        var nearest = double.PositiveInfinity;
        foreach (var point in frontier)
        {
            nearest = Math.Min(nearest, point.DistanceTo(reached));
        }

        return nearest;
    }
}
