using System.Collections.Immutable;
using NegoSim.Model.Preferences;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Parties;

/// <summary>
/// What one negotiator's situation at one stage implies for every outcome, computed once (a <see cref="Protocol.StageTables"/>
/// keeps it): its own utility, the others' summed utility by its opponent model, and its feasible outcomes sorted by
/// own utility (descending, then canonical order).
/// </summary>
public sealed class NegotiatorTables
{
    public NegotiatorTables(NegotiatorProfile self, ImmutableArray<UtilityFunction> opponents, RatificationConstraint? constraint)
        : this(self, opponents, constraint, null)
    {
    }

    /// <param name="self">The negotiator.</param>
    /// <param name="opponents">The others' utilities, as its opponent model has them.</param>
    /// <param name="constraint">What it knows of its ratifier, if it anticipates ratification and has one.</param>
    /// <param name="parts">Where the order of outcomes heeding a ratifier worked out for an earlier scenario of the same template is found, or null.</param>
    internal NegotiatorTables(NegotiatorProfile self, ImmutableArray<UtilityFunction> opponents, RatificationConstraint? constraint, CompiledParts? parts)
    {
        ArgumentNullException.ThrowIfNull(self);
        Self = self;
        Constraint = constraint;
        Own = self.Utility.Table;

        // One opponent: its table is the sum (0 + u = u exactly), shared rather than copied.
        if (opponents.Length == 1)
        {
            Others = opponents[0].Table;
        }
        else
        {
            Others = new double[Own.Length];
            foreach (var opponent in opponents)
            {
                var table = opponent.Table;
                for (var o = 0; o < Others.Length; o++)
                {
                    Others[o] += table[o];
                }
            }
        }

        // The feasible outcomes are the head of an order that does not depend on the reservation: its utility's own
        // order, or, heeding a ratifier, that order without the outcomes the ratifier would refuse.
        ByOwnUtility = constraint is null ? self.Utility.Descending : parts?.Permitted(self.Utility, constraint, Permitted) ?? Permitted(self.Utility, constraint);
        FeasibleCount = Worthwhile(self, ByOwnUtility);
        BestFeasible = FeasibleCount > 0 ? Own[ByOwnUtility[0]] : self.Reservation;
    }

    public NegotiatorProfile Self { get; }

    /// <summary>What it knows of its ratifier, if it anticipates ratification and has one.</summary>
    public RatificationConstraint? Constraint { get; }

    /// <summary>Its own utility of every outcome (shared: callers must not write to it).</summary>
    internal double[] Own { get; }

    /// <summary>The others' summed utility of every outcome, by its opponent model (shared: callers must not write to it).</summary>
    internal double[] Others { get; }

    /// <summary>
    /// The feasible outcomes, best for this negotiator first, ties in canonical order: the first
    /// <see cref="FeasibleCount"/> of this array (shared: callers must not write to it). An array and a count, not a
    /// span, because the proposal loop over it runs at half the speed over a span taken from a memory.
    /// </summary>
    internal int[] ByOwnUtility { get; }

    /// <summary>How many of <see cref="ByOwnUtility"/> are feasible.</summary>
    internal int FeasibleCount { get; }

    public double BestFeasible { get; }

    /// <summary>How many of <paramref name="order"/> (outcomes in its utility's order) are worth its reservation.</summary>
    private static int Worthwhile(NegotiatorProfile self, int[] order) => Reaching(self.Utility.Table, order, order.Length, self.Reservation);

    /// <summary>How many feasible outcomes, from the head of the order, are worth at least <paramref name="floor"/> (less the tolerance).</summary>
    internal int Reaching(double floor) => Reaching(Own, ByOwnUtility, FeasibleCount, floor);

    /// <summary>How many of the first <paramref name="count"/> of <paramref name="order"/> are worth at least <paramref name="floor"/> (less the tolerance).</summary>
    private static int Reaching(double[] own, int[] order, int count, double floor)
    {
        // Utilities fall along the order: find by halving where they drop below the floor.
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (own[order[middle]] >= floor - Tolerance.Utility)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The outcomes its ratifier would not refuse, in its utility's order (whatever its reservation).</summary>
    internal static int[] Permitted(UtilityFunction utility, RatificationConstraint constraint)
    {
        // Collected once into borrowed scratch, then copied into an array of the right size.
        var order = utility.Descending;
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var scratch = pool.Rent(order.Length);
        var count = 0;
        foreach (var outcome in order)
        {
            scratch[count] = outcome;
            count += constraint.Blocks(outcome) ? 0 : 1;
        }

        var permitted = scratch.AsSpan(0, count).ToArray();
        pool.Return(scratch);
        return permitted;
    }
}
