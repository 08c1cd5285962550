using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>
/// The probability that a ratifier passes each outcome, under the beliefs about its factions' reservations, with full
/// discipline: each faction's line is yes with the probability that its reservation is at most its utility for the
/// outcome (independently of the others), and the deal passes when the seats of the factions saying yes reach the
/// threshold. Without beliefs every probability is 0 or 1: the ratifier's win-set. A referendum passes a text with the
/// probability that the swing and the vote's drift stay below its margin (<see cref="Referendum.PassProbability"/>).
/// </summary>
public static class PassProbability
{
    /// <summary>Up to this many factions in doubt, every combination of their lines is added up; beyond, the seats are counted by dynamic programming.</summary>
    private const int MostEnumerated = 12;

    public static double[] Of(RatifierProfile profile, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(space);
        var probabilities = new double[space.Count];
        if (profile.Referendum is { } referendum)
        {
            var voters = profile.Factions[0];
            var table = voters.Utility.Table;
            for (var o = 0; o < probabilities.Length; o++)
            {
                probabilities[o] = referendum.PassProbability(table[o], voters.Reservation);
            }

            return probabilities;
        }

        if (profile.CountsAbstentions)
        {
            for (var o = 0; o < probabilities.Length; o++)
            {
                probabilities[o] = WithAbstentions(profile, o);
            }

            return probabilities;
        }

        var doubtful = new List<(int Seats, double Yes)>(profile.Factions.Length);
        for (var o = 0; o < probabilities.Length; o++)
        {
            var sure = 0;
            doubtful.Clear();
            foreach (var faction in profile.Factions)
            {
                var p = faction.SupportProbability(o);
                if (p >= 1)
                {
                    sure += faction.Seats;
                }
                else if (p > 0)
                {
                    doubtful.Add((faction.Seats, p));
                }
            }

            probabilities[o] = AtLeast(profile.Threshold - sure, doubtful);
        }

        return probabilities;
    }

    /// <summary>The probability that the factions in <paramref name="doubtful"/> saying yes hold at least <paramref name="needed"/> seats.</summary>
    public static double AtLeast(int needed, IReadOnlyList<(int Seats, double Yes)> doubtful)
    {
        ArgumentNullException.ThrowIfNull(doubtful);
        if (needed <= 0)
        {
            return 1;
        }

        if (doubtful.Count <= MostEnumerated)
        {
            var total = 0.0;
            for (var lines = 0; lines < 1 << doubtful.Count; lines++)
            {
                var (seats, probability) = (0, 1.0);
                for (var f = 0; f < doubtful.Count; f++)
                {
                    var yes = (lines & (1 << f)) != 0;
                    seats += yes ? doubtful[f].Seats : 0;
                    probability *= yes ? doubtful[f].Yes : 1 - doubtful[f].Yes;
                }

                total += seats >= needed ? probability : 0;
            }

            return total;
        }

        // ways[s]: the probability that the factions so far say yes with s seats (s capped at needed).
        var ways = new double[needed + 1];
        ways[0] = 1;
        foreach (var (factionSeats, yes) in doubtful)
        {
            for (var s = needed; s >= 0; s--)
            {
                var from = ways[s];
                if (from == 0)
                {
                    continue;
                }

                ways[s] = from * (1 - yes);
                var to = Math.Min(needed, s + factionSeats);
                ways[to] += from * yes;
            }
        }

        return ways[needed];
    }

    /// <summary>
    /// The chance of passing when abstentions count (a share of the votes cast, a quorum, factions that may abstain):
    /// the distribution of (yes, no) seats, faction by faction — each says yes, abstains or says no with its
    /// probabilities — and the chance of the tallies that pass.
    /// </summary>
    private static double WithAbstentions(RatifierProfile profile, int outcome)
    {
        var seats = profile.Seats + 1L;
        var tallies = new Dictionary<long, double> { [0] = 1 };
        foreach (var faction in profile.Factions)
        {
            var yes = faction.SupportProbability(outcome);
            var abstain = Math.Min(1 - yes, faction.AbstainProbability(outcome));
            var no = Math.Max(0, 1 - yes - abstain);
            var next = new Dictionary<long, double>(tallies.Count * 3);
            foreach (var (tally, probability) in tallies)
            {
                Add(next, tally + (faction.Seats * seats), probability * yes);
                Add(next, tally, probability * abstain);
                Add(next, tally + faction.Seats, probability * no);
            }

            tallies = next;
        }

        var total = 0.0;
        foreach (var (tally, probability) in tallies)
        {
            total += profile.Passes((int)(tally / seats), (int)(tally % seats)) ? probability : 0;
        }

        return Math.Min(1, total);
    }

    private static void Add(Dictionary<long, double> tallies, long tally, double probability)
    {
        if (probability > 0)
        {
            tallies[tally] = tallies.GetValueOrDefault(tally) + probability;
        }
    }
}
