using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Analysis;

/// <summary>
/// What a grid point's distance columns need of its analysis — the Nash point, the Pareto frontier and the ratifiable
/// Nash point, worked out
/// when a run first asks (the rest of <see cref="OutcomeAnalysis.Analyze(ScenarioTables, long)"/> is not needed) — and
/// the distances of the utility vectors its runs reach, remembered: runs of a point land on few deals, and the
/// frontier may have hundreds of points. Safe for several threads without a lock (two may work out the same thing).
/// </summary>
public sealed class PointDistances(ScenarioTables scenario)
{
    /// <summary>How many distinct utility vectors are remembered; beyond, distances are worked out each time.</summary>
    private const int Remembered = 64;

    private Tuple<UtilityPoint?, ImmutableArray<UtilityPoint>, UtilityPoint?>? _points;
    private ImmutableArray<(ImmutableArray<double> Utilities, double? Nash, double? Pareto, double? NashRatifiable)> _known = [];

    /// <summary>Works out the Nash point and the frontier now rather than when a run first asks.</summary>
    public void Prepare() => _ = Points;

    /// <summary>How far <paramref name="utilities"/> lie from the Nash point, the Pareto frontier and the ratifiable Nash point (null where undefined).</summary>
    public (double? Nash, double? Pareto, double? NashRatifiable) Of(ImmutableArray<double> utilities)
    {
        var known = _known;
        foreach (var (reached, nashDistance, paretoDistance, ratifiableDistance) in known)
        {
            if (reached.AsSpan().SequenceEqual(utilities.AsSpan()))
            {
                return (nashDistance, paretoDistance, ratifiableDistance);
            }
        }

        var (nash, pareto, nashRatifiable) = Points;
        var vector = utilities.AsSpan();
        var distances = (nash?.DistanceTo(vector), pareto.IsEmpty ? (double?)null : UtilityPoint.NearestDistance(pareto, vector), nashRatifiable?.DistanceTo(vector));
        if (known.Length < Remembered)
        {
            ImmutableInterlocked.InterlockedCompareExchange(ref _known, known.Add((utilities, distances.Item1, distances.Item2, distances.Item3)), known);
        }

        return distances;
    }

    /// <summary>The Nash point, the frontier and the ratifiable Nash point (two threads may work them out at once; either result is the same).</summary>
    private (UtilityPoint? Nash, ImmutableArray<UtilityPoint> Pareto, UtilityPoint? NashRatifiable) Points
    {
        get
        {
            var points = Volatile.Read(ref _points);
            if (points is null)
            {
                // The frontier asked for once: a point's pair of utilities is often met once only, and such a frontier is not kept.
                var pareto = OutcomeAnalysis.Pareto(scenario);
                var nash = OutcomeAnalysis.Nash(scenario, pareto);
                points = Interlocked.CompareExchange(ref _points, Tuple.Create(nash, pareto, OutcomeAnalysis.NashRatifiable(scenario, nash)), null) ?? _points!;
            }

            return (points.Item1, points.Item2, points.Item3);
        }
    }
}
