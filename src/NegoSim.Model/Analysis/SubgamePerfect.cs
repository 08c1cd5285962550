using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Analysis;

/// <summary>
/// Backward induction on the finite alternating-offers game of two negotiators: in the last round the responder
/// accepts anything worth at least its reservation; in each earlier round it accepts anything worth (discounted) at
/// least what it gets by rejecting, and the proposer offers the acceptable outcome best for itself — or lets the
/// round pass when waiting pays it more. With a risk of breakdown p, what waiting is worth is (1 − p) times the next
/// round's value plus p times the reservation. With a random proposer (Baron–Ferejohn), what a round is worth before
/// its proposer is drawn is the average, over who is recognised, of what each would get. Only outcomes worth at least
/// both reservations and ratifiable are offered. Ties: higher responder utility, then canonical order.
/// </summary>
internal static class SubgamePerfect
{
    /// <summary>
    /// The most steps (rounds × deals worth considering, × proposers when drawn) backward induction takes: a few
    /// seconds. Beyond it the agreement is not worked out, and the analysis says why (a deadline of 100,000 rounds over
    /// a million deals would take minutes).
    /// </summary>
    public const long MostSteps = 300_000_000;

    /// <returns>
    /// The agreement (with a random proposer: if the likeliest proposer, the first in order among equals, is
    /// recognised in every round until one is reached) and its round, or null; and each negotiator's expected utility,
    /// discounted to round 1, before any draw.
    /// </returns>
    /// <param name="scenario">The scenario: two negotiators, their order, deadline and reservations.</param>
    /// <param name="tables">Each negotiator's utility of every deal.</param>
    /// <param name="ratifiable">Whether a deal would survive ratification.</param>
    /// <param name="mostSteps">The most steps to take (default <see cref="MostSteps"/>); beyond, nothing is worked out.</param>
    public static ((int Deal, int Round)? Agreement, double[] Expected, long? Skipped) Solve(Scenario scenario, double[][] tables, Func<int, bool> ratifiable, long mostSteps = MostSteps)
    {
        var protocol = scenario.Protocol;
        var index = protocol.Order.Select(scenario.IndexOfNegotiator).ToArray();
        var r = scenario.Negotiators.Select(p => p.Reservation).ToArray();
        var delta = scenario.Negotiators.Select(p => p.Discount).ToArray();
        var feasible = new List<int>();
        for (var o = 0; o < scenario.Space.Count; o++)
        {
            if (tables[0][o] >= r[0] - Tolerance.Utility && tables[1][o] >= r[1] - Tolerance.Utility && ratifiable(o))
            {
                feasible.Add(o);
            }
        }

        var steps = (long)protocol.Deadline * feasible.Count * (protocol.RandomProposer ? index.Length : 1);
        if (steps > mostSteps)
        {
            return (null, [], steps);
        }

        // The proposer reported with a random proposer: the likeliest, the first in order among equals.
        var reported = 0;
        for (var i = 1; protocol.RandomProposer && i < index.Length; i++)
        {
            reported = protocol.Recognition[i] > protocol.Recognition[reported] + 1e-12 ? i : reported;
        }

        // What each negotiator gets (discounted to round 1) from the subgame starting after round k; none: reservations.
        (int Deal, int Round)? outcome = null;
        var value = new[] { r[0], r[1] };
        for (var round = protocol.Deadline; round >= 1; round--)
        {
            if (round < protocol.Deadline && protocol.Breakdown > 0)
            {
                // Rejecting in this round leads to the next only if the talks do not break down first.
                for (var i = 0; i < 2; i++)
                {
                    value[i] = ((1 - protocol.Breakdown) * value[i]) + (protocol.Breakdown * r[i]);
                }
            }

            if (!protocol.RandomProposer)
            {
                var (deal, values) = Offer(index[(round - 1) % 2], round, value, feasible, tables, delta);
                outcome = deal >= 0 ? (deal, round) : outcome;
                value = values;
                continue;
            }

            var expected = new double[2];
            for (var i = 0; i < index.Length; i++)
            {
                var (deal, values) = Offer(index[i], round, value, feasible, tables, delta);
                if (i == reported && deal >= 0)
                {
                    outcome = (deal, round);
                }

                expected[0] += protocol.Recognition[i] * values[0];
                expected[1] += protocol.Recognition[i] * values[1];
            }

            value = expected;
        }

        return (outcome, value, null);
    }

    /// <summary>
    /// What proposer <paramref name="p"/> does in round <paramref name="round"/> when rejecting is worth
    /// <paramref name="value"/>: the acceptable outcome best for it (or −1 to let the round pass), and what each gets.
    /// </summary>
    private static (int Deal, double[] Values) Offer(int p, int round, double[] value, List<int> feasible, double[][] tables, double[] delta)
    {
        var q = 1 - p;
        var (dp, dq) = (Math.Pow(delta[p], round - 1), Math.Pow(delta[q], round - 1));
        int best = -1;
        double bestP = double.NegativeInfinity, bestQ = double.NegativeInfinity;
        foreach (var o in feasible)
        {
            var uq = dq * tables[q][o];
            if (uq < value[q] - Tolerance.Utility)
            {
                continue;
            }

            var up = dp * tables[p][o];
            if (up > bestP + Tolerance.Utility || (Math.Abs(up - bestP) <= Tolerance.Utility && uq > bestQ + Tolerance.Utility))
            {
                (best, bestP, bestQ) = (o, up, uq);
            }
        }

        if (best < 0 || bestP < value[p] - Tolerance.Utility)
        {
            return (-1, value);
        }

        var values = new double[2];
        values[p] = bestP;
        values[q] = bestQ;
        return (best, values);
    }
}
