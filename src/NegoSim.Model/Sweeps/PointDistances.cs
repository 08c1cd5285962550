using System.Collections.Immutable;
using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Sweeps;

/// <summary>
/// What a grid point's distance columns need of its analysis — the Nash point and the Pareto frontier, worked out
/// when a run first asks (the rest of <see cref="OutcomeAnalysis.Analyze(ScenarioTables)"/> is not needed) — and
/// the distances of the utility vectors its runs reach, remembered: runs of a point land on few deals, and the
/// frontier may have hundreds of points. Safe for several threads without a lock (two may work out the same thing).
/// </summary>
public sealed class PointDistances(ScenarioTables scenario)
{
    /// <summary>How many distinct utility vectors are remembered; beyond, distances are worked out each time.</summary>
    private const int Remembered = 64;

    private Tuple<UtilityPoint?, ImmutableArray<UtilityPoint>>? _points;
    private ImmutableArray<(ImmutableArray<double> Utilities, double? Nash, double? Pareto)> _known = [];

    /// <summary>Works out the Nash point and the frontier now rather than when a run first asks.</summary>
    public void Prepare() => _ = Points;

    public (double? Nash, double? Pareto) Of(ImmutableArray<double> utilities)
    {
        var known = _known;
        foreach (var (reached, nashDistance, paretoDistance) in known)
        {
            if (reached.AsSpan().SequenceEqual(utilities.AsSpan()))
            {
                return (nashDistance, paretoDistance);
            }
        }

        var (nash, pareto) = Points;
        var distances = (nash?.DistanceTo(utilities), pareto.IsEmpty ? (double?)null : pareto.Min(p => p.DistanceTo(utilities)));
        if (known.Length < Remembered)
        {
            ImmutableInterlocked.InterlockedCompareExchange(ref _known, known.Add((utilities, distances.Item1, distances.Item2)), known);
        }

        return distances;
    }

    /// <summary>The Nash point and the frontier (two threads may work them out at once; either result is the same).</summary>
    private (UtilityPoint? Nash, ImmutableArray<UtilityPoint> Pareto) Points
    {
        get
        {
            var points = Volatile.Read(ref _points) ?? Interlocked.CompareExchange(ref _points, Tuple.Create(OutcomeAnalysis.Nash(scenario), OutcomeAnalysis.Pareto(scenario)), null) ?? _points!;
            return (points.Item1, points.Item2);
        }
    }
}
