using System.Collections.Immutable;

namespace NegoSim.Model.Analysis;

/// <summary>A deal and what it is worth to each negotiator, in scenario order.</summary>
public sealed record UtilityPoint(int Deal, ImmutableArray<double> Utilities)
{
    /// <summary>Euclidean distance between two points in utility space.</summary>
    public double DistanceTo(IReadOnlyList<double> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = 0.0;
        for (var i = 0; i < Utilities.Length; i++)
        {
            sum += (Utilities[i] - other[i]) * (Utilities[i] - other[i]);
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Euclidean distance between two points in utility space (without boxing the other point: a sweep asks for every frontier point of every row).</summary>
    public double DistanceTo(ReadOnlySpan<double> other)
    {
        var sum = 0.0;
        for (var i = 0; i < Utilities.Length; i++)
        {
            sum += (Utilities[i] - other[i]) * (Utilities[i] - other[i]);
        }

        return Math.Sqrt(sum);
    }
}
