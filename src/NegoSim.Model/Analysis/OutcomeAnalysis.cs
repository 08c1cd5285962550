using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Analysis;

/// <summary>
/// Pareto frontier, Nash and Kalai–Smorodinsky points, maximum welfare, win-sets, zone of agreement and (two
/// negotiators) the subgame-perfect agreement, over the scenario's outcome space with its opening parties (events
/// are not analysed). Ties go to the first outcome in canonical order.
/// </summary>
public static class OutcomeAnalysis
{
    public static AnalysisReport Analyze(Scenario scenario) => Analyze(new ScenarioTables(scenario));

    public static AnalysisReport Analyze(ScenarioTables scenarioTables)
    {
        ArgumentNullException.ThrowIfNull(scenarioTables);
        var scenario = scenarioTables.Scenario;
        var opening = scenarioTables.Stage(0);
        var space = scenario.Space;
        var n = scenario.Negotiators.Length;
        var tables = scenario.Negotiators.Select(p => p.Utility.Table).ToArray();
        var d = scenario.Negotiators.Select(p => p.Reservation).ToArray();
        UtilityPoint Point(int o) => new(o, [.. tables.Select(t => t[o])]);

        bool Rational(int o)
        {
            for (var i = 0; i < n; i++)
            {
                if (tables[i][o] < d[i] - Tolerance.Utility)
                {
                    return false;
                }
            }

            return true;
        }

        int nash = -1, ks = -1, welfare = -1;
        double bestNash = double.NegativeInfinity, bestKs = double.NegativeInfinity, bestWelfare = double.NegativeInfinity;
        var ideal = new double[n];
        Array.Fill(ideal, double.NegativeInfinity);
        for (var o = 0; o < space.Count; o++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += tables[i][o];
            }

            if (sum > bestWelfare + Tolerance.Utility)
            {
                (bestWelfare, welfare) = (sum, o);
            }

            if (!Rational(o))
            {
                continue;
            }

            var product = 1.0;
            for (var i = 0; i < n; i++)
            {
                product *= Math.Max(0, tables[i][o] - d[i]);
                ideal[i] = Math.Max(ideal[i], tables[i][o]);
            }

            if (product > bestNash + Tolerance.Utility * Tolerance.Utility)
            {
                (bestNash, nash) = (product, o);
            }
        }

        if (nash >= 0)
        {
            for (var o = 0; o < space.Count; o++)
            {
                if (!Rational(o))
                {
                    continue;
                }

                var worst = double.PositiveInfinity;
                for (var i = 0; i < n; i++)
                {
                    var span = ideal[i] - d[i];
                    worst = Math.Min(worst, span <= Tolerance.Utility ? 1 : (tables[i][o] - d[i]) / span);
                }

                if (worst > bestKs + Tolerance.Utility)
                {
                    (bestKs, ks) = (worst, o);
                }
            }
        }

        Func<int, bool> ratifiable = opening.Ratifiable;
        var zone = 0;
        for (var o = 0; o < space.Count; o++)
        {
            if (Rational(o) && ratifiable(o))
            {
                zone++;
            }
        }

        var winSets = opening.WinSets
            .Zip(scenario.Ratifiers, (set, r) => new WinSetSize(r.Name, set.Count, (double)set.Count / space.Count))
            .ToImmutableArray();
        var equilibrium = n == 2 ? SubgamePerfect.Solve(scenario, tables, ratifiable) : null;
        return new AnalysisReport(
            space.Count,
            [.. d],
            [.. ParetoFrontier(tables, space.Count).Select(Point)],
            nash >= 0 ? Point(nash) : null,
            ks >= 0 ? Point(ks) : null,
            welfare >= 0 ? Point(welfare) : null,
            equilibrium is { } e ? new Equilibrium(Point(e.Deal), e.Round) : null,
            n == 2,
            winSets,
            zone);
    }

    /// <summary>The outcomes no other outcome dominates (at least as good for all, better for one), in canonical order.</summary>
    internal static List<int> ParetoFrontier(double[][] tables, int count)
    {
        var n = tables.Length;
        if (n == 2)
        {
            // Sort by the first utility (descending, ties by the second descending): an outcome is on the frontier
            // iff its second utility beats every one before it.
            var order = Enumerable.Range(0, count).ToArray();
            Array.Sort(order, (a, b) =>
                tables[0][b].CompareTo(tables[0][a]) is var c && c != 0 ? c
                : tables[1][b].CompareTo(tables[1][a]) is var c2 && c2 != 0 ? c2 : a.CompareTo(b));
            var frontier = new List<int>();
            var best = double.NegativeInfinity;
            var last = -1;
            foreach (var o in order)
            {
                if (tables[1][o] > best + Tolerance.Utility)
                {
                    best = tables[1][o];
                    frontier.Add(o);
                    last = o;
                }
                else if (last >= 0 && Math.Abs(tables[0][o] - tables[0][last]) <= Tolerance.Utility && Math.Abs(tables[1][o] - tables[1][last]) <= Tolerance.Utility)
                {
                    frontier.Add(o); // the same utilities as a frontier outcome: equally efficient
                }
            }

            frontier.Sort();
            return frontier;
        }

        var candidates = new List<int>();
        for (var o = 0; o < count; o++)
        {
            var dominated = false;
            for (var j = 0; j < candidates.Count && !dominated; j++)
            {
                dominated = Dominates(tables, candidates[j], o);
            }

            if (!dominated)
            {
                candidates.RemoveAll(c => Dominates(tables, o, c));
                candidates.Add(o);
            }
        }

        candidates.Sort();
        return candidates;
    }

    private static bool Dominates(double[][] tables, int a, int b)
    {
        var strictly = false;
        foreach (var t in tables)
        {
            if (t[a] < t[b] - Tolerance.Utility)
            {
                return false;
            }

            strictly |= t[a] > t[b] + Tolerance.Utility;
        }

        return strictly;
    }
}
