using System.Collections.Concurrent;
using System.Collections.Immutable;
using NegoSim.Model.Analysis;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// A grid point's analysis, with the distances of each utility vector its runs reach to the Nash point and to the
/// Pareto frontier worked out once: runs of a point land on few deals, and the frontier may have hundreds of points.
/// </summary>
public sealed class PointDistances(AnalysisReport analysis)
{
    private readonly ConcurrentDictionary<ImmutableArray<double>, (double? Nash, double? Pareto)> _known = new(Utilities.Instance);

    public (double? Nash, double? Pareto) Of(ImmutableArray<double> utilities) =>
        _known.GetOrAdd(utilities, u => (analysis.DistanceToNash(u), analysis.Pareto.IsEmpty ? null : analysis.DistanceToFrontier(u)));

    /// <summary>Utility vectors compared by value.</summary>
    private sealed class Utilities : IEqualityComparer<ImmutableArray<double>>
    {
        public static readonly Utilities Instance = new();

        public bool Equals(ImmutableArray<double> x, ImmutableArray<double> y) => x.AsSpan().SequenceEqual(y.AsSpan());

        public int GetHashCode(ImmutableArray<double> obj)
        {
            var hash = new HashCode();
            foreach (var value in obj)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}
