using System.Collections.Immutable;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Parties;

/// <summary>
/// What one negotiator's situation at one stage implies for every outcome, computed once (a <see cref="Protocol.StageTables"/>
/// keeps it): its own utility, the others' summed utility by its opponent model, and its feasible outcomes sorted by
/// own utility (descending, then canonical order).
/// </summary>
public sealed class NegotiatorTables
{
    public NegotiatorTables(NegotiatorProfile self, ImmutableArray<UtilityFunction> opponents, RatificationConstraint? constraint)
    {
        ArgumentNullException.ThrowIfNull(self);
        Self = self;
        Constraint = constraint;
        Own = self.Utility.Table;
        Others = new double[Own.Length];
        foreach (var opponent in opponents)
        {
            var table = opponent.Table;
            for (var o = 0; o < Others.Length; o++)
            {
                Others[o] += table[o];
            }
        }

        var feasible = new List<int>();
        for (var o = 0; o < Own.Length; o++)
        {
            if (Own[o] >= self.Reservation - Tolerance.Utility && constraint?.Blocks(o) != true)
            {
                feasible.Add(o);
            }
        }

        var own = Own;
        feasible.Sort((a, b) => own[b].CompareTo(own[a]) is var c && c != 0 ? c : a.CompareTo(b));
        ByOwnUtility = [.. feasible];
        BestFeasible = ByOwnUtility.Length > 0 ? Own[ByOwnUtility[0]] : self.Reservation;
    }

    public NegotiatorProfile Self { get; }

    /// <summary>What it knows of its ratifier, if it anticipates ratification and has one.</summary>
    public RatificationConstraint? Constraint { get; }

    /// <summary>Its own utility of every outcome (shared: callers must not write to it).</summary>
    internal double[] Own { get; }

    /// <summary>The others' summed utility of every outcome, by its opponent model.</summary>
    internal double[] Others { get; }

    /// <summary>The feasible outcomes, best for this negotiator first; ties in canonical order.</summary>
    internal int[] ByOwnUtility { get; }

    public double BestFeasible { get; }
}
