using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Analysis;

/// <summary>
/// Pareto frontier, Nash and Kalai–Smorodinsky points, maximum welfare, win-sets, zone of agreement and (two
/// negotiators) the subgame-perfect agreement, over the scenario's outcome space with its opening parties (events
/// are not analysed). Ties go to the first outcome in canonical order.
/// </summary>
public static class OutcomeAnalysis
{
    public static OutcomeTheory Analyze(Scenario scenario) => Analyze(new ScenarioTables(scenario));

    /// <param name="scenarioTables">The scenario.</param>
    /// <param name="inductionSteps">
    /// The most steps backward induction may take (rounds × deals worth considering; default
    /// <see cref="OutcomeTheory.SubgamePerfectSteps"/>, a few seconds): beyond, the equilibrium is not worked out.
    /// </param>
    public static OutcomeTheory Analyze(ScenarioTables scenarioTables, long inductionSteps = SubgamePerfect.MostSteps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inductionSteps);
        ArgumentNullException.ThrowIfNull(scenarioTables);
        var scenario = scenarioTables.Scenario;
        var opening = scenarioTables.Stage(0);
        var space = scenario.Space;
        var n = scenario.Negotiators.Length;
        var tables = scenario.Negotiators.Select(p => p.Utility.Table).ToArray();
        var d = scenario.Negotiators.Select(p => p.Reservation).ToArray();
        UtilityPoint Point(int o) => new(o, [.. tables.Select(t => t[o])]);

        Func<int, bool> ratifiable = opening.Ratifiable;
        var pareto = Pareto(scenarioTables);
        var (nash, ks, welfare) = Points(tables, d, [.. pareto.Select(p => p.Deal)]);
        var (nashRatifiable, ksRatifiable, welfareRatifiable) = Points(tables, d, ParetoFrontier(scenario.Negotiators.Select(p => p.Utility).ToArray(), ratifiable));
        var zone = 0;
        for (var o = 0; o < space.Count; o++)
        {
            if (Rational(tables, d, o) && ratifiable(o))
            {
                zone++;
            }
        }

        var winSets = opening.WinSets
            .Zip(scenario.Ratifiers, (set, r) => new WinSetSize(r.Name, set.Count, (double)set.Count / space.Count))
            .ToImmutableArray();
        var solved = n == 2 ? SubgamePerfect.Solve(scenario, tables, ratifiable, inductionSteps) : default;
        return new OutcomeTheory(
            space.Count,
            [.. d],
            pareto,
            nash >= 0 ? Point(nash) : null,
            ks >= 0 ? Point(ks) : null,
            welfare >= 0 ? Point(welfare) : null,
            nashRatifiable >= 0 ? Point(nashRatifiable) : null,
            ksRatifiable >= 0 ? Point(ksRatifiable) : null,
            welfareRatifiable >= 0 ? Point(welfareRatifiable) : null,
            solved.Agreement is { } e ? new Equilibrium(Point(e.Deal), e.Round, [.. solved.Expected]) : null,
            n == 2,
            winSets,
            zone,
            MostEqual(tables, d, pareto),
            solved.Skipped,
            inductionSteps);
    }

    /// <summary>The Pareto frontier of the opening negotiators, in canonical order, as <see cref="Analyze(ScenarioTables, long)"/> reports it.</summary>
    public static ImmutableArray<UtilityPoint> Pareto(ScenarioTables scenarioTables)
    {
        ArgumentNullException.ThrowIfNull(scenarioTables);
        var utilities = scenarioTables.Scenario.Negotiators.Select(p => p.Utility).ToArray();
        return scenarioTables.Parts?.Frontier(utilities, Frontier) ?? Frontier(utilities);
    }

    /// <summary>The Nash point of the opening negotiators (null without an individually rational outcome), as <see cref="Analyze(ScenarioTables, long)"/> reports it.</summary>
    public static UtilityPoint? Nash(ScenarioTables scenarioTables)
    {
        ArgumentNullException.ThrowIfNull(scenarioTables);
        return Nash(scenarioTables, Pareto(scenarioTables));
    }

    /// <summary>The Nash point of the opening negotiators on their <paramref name="frontier"/> (<see cref="Pareto"/>, worked out already).</summary>
    internal static UtilityPoint? Nash(ScenarioTables scenarioTables, ImmutableArray<UtilityPoint> frontier)
    {
        var scenario = scenarioTables.Scenario;
        var tables = scenario.Negotiators.Select(p => p.Utility.Table).ToArray();
        var nash = NashDeal(tables, [.. scenario.Negotiators.Select(p => p.Reservation)], [.. frontier.Select(p => p.Deal)]);
        return nash >= 0 ? frontier.First(p => p.Deal == nash) : null;
    }

    /// <summary>
    /// The Nash point among the deals that would survive ratification, as <see cref="Analyze(ScenarioTables, long)"/> reports
    /// it; <paramref name="nash"/>, the Nash point over all deals, is it when ratifiable (it then beats every ratifiable
    /// deal, so the ratifiable frontier need not be worked out).
    /// </summary>
    public static UtilityPoint? NashRatifiable(ScenarioTables scenarioTables, UtilityPoint? nash)
    {
        ArgumentNullException.ThrowIfNull(scenarioTables);
        var opening = scenarioTables.Stage(0);
        if (nash is null || opening.Ratifiable(nash.Deal))
        {
            return nash;
        }

        var scenario = scenarioTables.Scenario;
        var utilities = scenario.Negotiators.Select(p => p.Utility).ToArray();
        var tables = utilities.Select(u => u.Table).ToArray();
        var deal = NashDeal(tables, [.. scenario.Negotiators.Select(p => p.Reservation)], ParetoFrontier(utilities, opening.Ratifiable));
        return deal >= 0 ? new UtilityPoint(deal, [.. tables.Select(t => t[deal])]) : null;
    }

    /// <summary>The frontier's outcomes with their utilities.</summary>
    private static ImmutableArray<UtilityPoint> Frontier(UtilityFunction[] utilities)
    {
        // Loops rather than nested Selects: a sweep works out a frontier of hundreds of points for each new grid point.
        var tables = new double[utilities.Length][];
        for (var i = 0; i < utilities.Length; i++)
        {
            tables[i] = utilities[i].Table;
        }

        var frontier = ParetoFrontier(utilities);
        var points = ImmutableArray.CreateBuilder<UtilityPoint>(frontier.Length);
        foreach (var o in frontier)
        {
            var values = new double[tables.Length];
            for (var i = 0; i < tables.Length; i++)
            {
                values[i] = tables[i][o];
            }

            points.Add(new UtilityPoint(o, ImmutableCollectionsMarshal.AsImmutableArray(values)));
        }

        return points.MoveToImmutable();
    }

    /// <summary>
    /// The Nash, Kalai–Smorodinsky and maximum-welfare outcomes among <paramref name="frontier"/> (Pareto-optimal
    /// outcomes in canonical order, so none of the three is ever dominated), or −1 where there is none. Nash and
    /// Kalai–Smorodinsky consider the individually rational outcomes only; ties go to the first in canonical order.
    /// </summary>
    private static (int Nash, int KalaiSmorodinsky, int MaxWelfare) Points(double[][] tables, double[] d, int[] frontier)
    {
        var n = tables.Length;
        var nash = NashDeal(tables, d, frontier);
        int ks = -1, welfare = -1;
        double bestKs = double.NegativeInfinity, bestWelfare = double.NegativeInfinity;
        var ideal = new double[n];
        Array.Fill(ideal, double.NegativeInfinity);
        foreach (var o in frontier)
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

            if (Rational(tables, d, o))
            {
                for (var i = 0; i < n; i++)
                {
                    ideal[i] = Math.Max(ideal[i], tables[i][o]);
                }
            }
        }

        if (nash < 0)
        {
            return (nash, ks, welfare);
        }

        foreach (var o in frontier)
        {
            if (!Rational(tables, d, o))
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

        return (nash, ks, welfare);
    }

    /// <summary>
    /// The individually rational outcome of <paramref name="frontier"/> whose utilities are closest to equal (the
    /// smallest spread between the highest and the lowest), the first in frontier order among equals; null if none is
    /// rational. GeniusWeb's and ANL's answer keys call it "kalai": with reservations at 0 and every party's best worth
    /// 1 it approximates the Kalai–Smorodinsky point, which on a discrete frontier may lie elsewhere.
    /// </summary>
    private static UtilityPoint? MostEqual(double[][] tables, double[] d, ImmutableArray<UtilityPoint> frontier)
    {
        UtilityPoint? best = null;
        var bestSpread = double.PositiveInfinity;
        foreach (var point in frontier)
        {
            if (!Rational(tables, d, point.Deal))
            {
                continue;
            }

            var spread = point.Utilities.Max() - point.Utilities.Min();
            if (spread < bestSpread - (Tolerance.Utility * Tolerance.Utility))
            {
                (best, bestSpread) = (point, spread);
            }
        }

        return best;
    }

    /// <summary>True if outcome <paramref name="o"/> is worth at least its reservation <paramref name="d"/> to every negotiator (the tables in scenario order).</summary>
    public static bool Rational(double[][] tables, double[] d, int o)
    {
        for (var i = 0; i < tables.Length; i++)
        {
            if (tables[i][o] < d[i] - Tolerance.Utility)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The individually rational outcome of <paramref name="candidates"/> with the greatest product of gains over the reservations, or −1 if none is rational.</summary>
    private static int NashDeal(double[][] tables, double[] d, int[] candidates)
    {
        var nash = -1;
        var bestNash = double.NegativeInfinity;
        foreach (var o in candidates)
        {
            var product = 1.0;
            var rational = true;
            for (var i = 0; i < tables.Length && rational; i++)
            {
                rational = tables[i][o] >= d[i] - Tolerance.Utility;
                product *= Math.Max(0, tables[i][o] - d[i]);
            }

            if (rational && product > bestNash + (Tolerance.Utility * Tolerance.Utility))
            {
                (bestNash, nash) = (product, o);
            }
        }

        return nash;
    }

    /// <summary>The outcomes no other outcome dominates (at least as good for all, better for one), in canonical order.</summary>
    internal static int[] ParetoFrontier(UtilityFunction[] utilities, Func<int, bool>? among = null)
    {
        var n = utilities.Length;
        var tables = utilities.Select(u => u.Table).ToArray();
        var count = utilities[0].Space.Count;
        if (n == 2)
        {
            // In order of the first utility (descending, ties by the second descending, then canonical), an outcome is
            // on the frontier iff its second utility beats every one before it, or it has the utilities of the last
            // one that did. The first utility's order is kept by the function; within a run of equal first utility,
            // only the run's best second utility can beat the ones before, so the run needs no sorting: its best
            // joins if it beats them (then every member within tolerance of it joins), else members equal to the
            // last frontier outcome join. Runs past those within tolerance of the last frontier outcome's first
            // utility matter only where a second utility beats the best so far: the walk skips to there, reading one
            // utility an outcome (the runs it skips, most of them, add nothing and cost their bookkeeping before).
            var (first, second) = (tables[0], tables[1]);
            var order = utilities[0].Descending;
            var runEnds = utilities[0].DescendingRunEnds;
            var frontier = new List<int>();
            var best = double.NegativeInfinity;
            var (lastFirst, lastSecond, hasLast) = (0.0, 0.0, false);
            var (run, start) = (0, 0);
            while (run < runEnds.Length)
            {
                var value = first[order[start]];
                if (!hasLast || Math.Abs(value - lastFirst) > Tolerance.Utility)
                {
                    // Past the last frontier outcome's first utility (later runs are lower still): nothing joins until
                    // an outcome's second utility beats the best so far.
                    var at = Beating(second, order, start, best + Tolerance.Utility, among);
                    if (at == order.Length)
                    {
                        break;
                    }

                    run = RunOf(runEnds, run, at);
                    start = run == 0 ? 0 : runEnds[run - 1];
                    value = first[order[start]];
                }

                var end = runEnds[run];
                var top = double.NegativeInfinity;
                for (var i = start; i < end; i++)
                {
                    // A comparison, not Math.Max (whose NaN and −0 cases cost a third of the frontier; utilities are
                    // never NaN, and −0 and 0 are the same utility).
                    var candidate = second[order[i]];
                    if (candidate > top && among?.Invoke(order[i]) != false)
                    {
                        top = candidate;
                    }
                }

                if (top > best + Tolerance.Utility)
                {
                    best = top;
                    (lastFirst, lastSecond, hasLast) = (value, top, true);
                }

                if (hasLast && Math.Abs(value - lastFirst) <= Tolerance.Utility)
                {
                    for (var i = start; i < end; i++)
                    {
                        if (Math.Abs(second[order[i]] - lastSecond) <= Tolerance.Utility && among?.Invoke(order[i]) != false)
                        {
                            frontier.Add(order[i]);
                        }
                    }
                }

                (run, start) = (run + 1, end);
            }

            return InCanonicalOrder(frontier);
        }

        var candidates = new List<int>();
        for (var o = 0; o < count; o++)
        {
            if (among?.Invoke(o) == false)
            {
                continue;
            }

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

        return InCanonicalOrder(candidates);
    }

    /// <summary>The first place in <paramref name="order"/> from <paramref name="start"/> whose outcome's <paramref name="second"/> utility is above <paramref name="threshold"/> (and is among those asked for), or the order's length.</summary>
    private static int Beating(double[] second, int[] order, int start, double threshold, Func<int, bool>? among)
    {
        var at = OrderScan.FirstAbove(second, order, start, order.Length, threshold);
        while (at < order.Length && among?.Invoke(order[at]) == false)
        {
            at = OrderScan.FirstAbove(second, order, at + 1, order.Length, threshold);
        }

        return at;
    }

    /// <summary>The run (from <paramref name="from"/> on) that holds place <paramref name="at"/> of the order: the first whose end is past it, found by halving.</summary>
    private static int RunOf(int[] runEnds, int from, int at)
    {
        var (low, high) = (from, runEnds.Length - 1);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (runEnds[middle] > at)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// <paramref name="outcomes"/> in canonical order, by a Shell sort written here (gaps 1, 4, 10, 23, 57, 132, 301,
    /// 701, then × 2.25): the runtime's own sort of ints is compiled when first used, and ran unoptimised through a
    /// sweep's first second; a frontier is short (the flagship's: 59 outcomes).
    /// </summary>
    private static int[] InCanonicalOrder(List<int> outcomes)
    {
        var sorted = outcomes.ToArray();
        Span<int> gaps = stackalloc int[40];
        var count = 0;
        for (var gap = 1; gap < sorted.Length; gap = gap switch { 1 => 4, 4 => 10, 10 => 23, 23 => 57, 57 => 132, 132 => 301, 301 => 701, _ => (int)(gap * 2.25) })
        {
            gaps[count++] = gap;
        }

        for (var g = count - 1; g >= 0; g--)
        {
            var gap = gaps[g];
            for (var k = gap; k < sorted.Length; k++)
            {
                var (outcome, at) = (sorted[k], k);
                for (; at >= gap && sorted[at - gap] > outcome; at -= gap)
                {
                    sorted[at] = sorted[at - gap];
                }

                sorted[at] = outcome;
            }
        }

        return sorted;
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
