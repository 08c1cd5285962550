using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace NegoSim.Grains.Model.Parties;

/// <summary>
/// What a negotiator's briefing implies for every outcome, computed once and shared by every run that gets the
/// same briefing contents: its own utility, the others' summed utility by its opponent model, and its feasible
/// outcomes sorted by own utility (descending, then canonical order).
/// </summary>
internal sealed class NegotiatorTables
{
    private static readonly ConditionalWeakTable<NegotiatorProfile, Shelf> Memo = new();

    private readonly ImmutableArray<Preferences.UtilityFunction> _opponents;
    private readonly Outcomes.OutcomeSet? _required;
    private readonly Outcomes.OutcomeSet? _winSet;

    private NegotiatorTables(NegotiatorBriefing briefing)
    {
        var self = briefing.Self;
        _opponents = briefing.Opponents;
        _required = briefing.Constraint?.Required;
        _winSet = briefing.Constraint?.WinSet;
        Own = self.Utility.Table;
        Others = new double[Own.Length];
        foreach (var opponent in briefing.Opponents)
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
            if (Own[o] >= self.Reservation - Tolerance.Utility && briefing.Constraint?.Blocks(o) != true)
            {
                feasible.Add(o);
            }
        }

        var own = Own;
        feasible.Sort((a, b) => own[b].CompareTo(own[a]) is var c && c != 0 ? c : a.CompareTo(b));
        ByOwnUtility = [.. feasible];
        BestFeasible = ByOwnUtility.Length > 0 ? Own[ByOwnUtility[0]] : self.Reservation;
    }

    public double[] Own { get; }

    public double[] Others { get; }

    /// <summary>The feasible outcomes, best for this negotiator first; ties in canonical order.</summary>
    public int[] ByOwnUtility { get; }

    public double BestFeasible { get; }

    /// <summary>The tables for <paramref name="briefing"/>: found without a lock (every run of a sweep asks), made once under one.</summary>
    public static NegotiatorTables For(NegotiatorBriefing briefing)
    {
        var shelf = Memo.GetValue(briefing.Self, static _ => new Shelf());
        if (Find(Volatile.Read(ref shelf.Tables), briefing) is { } found)
        {
            return found;
        }

        lock (shelf)
        {
            if (Find(shelf.Tables, briefing) is { } madeMeanwhile)
            {
                return madeMeanwhile;
            }

            var made = new NegotiatorTables(briefing);
            Volatile.Write(ref shelf.Tables, [.. shelf.Tables, made]);
            return made;
        }
    }

    private static NegotiatorTables? Find(NegotiatorTables[] tables, NegotiatorBriefing briefing)
    {
        foreach (var candidate in tables)
        {
            if (candidate.Fits(briefing))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The tables made for one profile so far; replaced whole (copy on write), so readers need no lock.</summary>
    private sealed class Shelf
    {
        public NegotiatorTables[] Tables = [];
    }

    private bool Fits(NegotiatorBriefing briefing) =>
        ReferenceEquals(_required, briefing.Constraint?.Required)
        && ReferenceEquals(_winSet, briefing.Constraint?.WinSet)
        && SameOpponents(briefing.Opponents);

    private bool SameOpponents(ImmutableArray<Preferences.UtilityFunction> opponents)
    {
        if (opponents.Length != _opponents.Length)
        {
            return false;
        }

        for (var i = 0; i < opponents.Length; i++)
        {
            if (!ReferenceEquals(opponents[i], _opponents[i]))
            {
                return false;
            }
        }

        return true;
    }
}
