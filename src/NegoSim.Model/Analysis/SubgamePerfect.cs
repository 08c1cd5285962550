using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Analysis;

/// <summary>
/// Backward induction on the finite alternating-offers game of two negotiators: in the last round the responder
/// accepts anything worth at least its reservation; in each earlier round it accepts anything worth (discounted) at
/// least what it gets by rejecting, and the proposer offers the acceptable outcome best for itself — or lets the
/// round pass when waiting pays it more. With a risk of breakdown p, what waiting is worth is (1 − p) times the next
/// round's value plus p times the reservation. Only outcomes worth at least both reservations and ratifiable are
/// offered. Ties: higher responder utility, then canonical order.
/// </summary>
internal static class SubgamePerfect
{
    public static (int Deal, int Round)? Solve(Scenario scenario, double[][] tables, Func<int, bool> ratifiable)
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

            var p = index[(round - 1) % 2];
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

            if (best >= 0 && bestP >= value[p] - Tolerance.Utility)
            {
                outcome = (best, round);
                value[p] = bestP;
                value[q] = bestQ;
            }
        }

        return outcome;
    }
}
