using System.Collections.Immutable;
using NegoSim.Model.Analysis;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Analysis;

public sealed class OutcomeAnalysisTests
{
    /// <summary>Two players split a pie: player 1 gets x, player 2 gets 1 − x, on a grid of 0.001.</summary>
    private static Scenario Pie(double delta1, double delta2, int deadline, IReadOnlyList<(double X, double V)>? second = null)
    {
        var space = new OutcomeSpace([new RangeTerm("x", 0, 1, 0.001)]);
        NegotiatorProfile Player(string name, ValueFunction value, double delta) => new(
            name,
            new UtilityFunction(space, new Dictionary<string, double> { ["x"] = 1 }, new Dictionary<string, ValueFunction> { ["x"] = value }),
            0,
            delta,
            TimeDependentStrategy.Linear);
        var two = second is null ? (ValueFunction)new BestValue("0", "1") : new PointsValue([.. second]);
        return new Scenario("pie", "", space, [Player("one", new BestValue("1", "0"), delta1), Player("two", two, delta2)], [], new ProtocolSettings(["one", "two"], deadline), []);
    }

    [Theory]
    // Rubinstein (1982), "Perfect equilibrium in a bargaining model", Econometrica 50(1):97–109: the first proposer's
    // share is (1 − δ2)/(1 − δ1·δ2), agreed at once. The finite game converges to it as the deadline grows
    // (Ståhl 1972; Osborne & Rubinstein 1990, Bargaining and Markets, ch. 3).
    [InlineData(0.9, 0.9)]
    [InlineData(0.95, 0.9)]
    [InlineData(0.9, 0.95)]
    [InlineData(0.8, 0.6)]
    public void The_finite_game_converges_to_the_Rubinstein_split(double delta1, double delta2)
    {
        var rubinstein = (1 - delta2) / (1 - (delta1 * delta2));

        var equilibrium = OutcomeAnalysis.Analyze(Pie(delta1, delta2, deadline: 200)).Equilibrium!;

        // On a grid of 0.001 each stage rounds toward the responder; the error adds up to at most step/(1 − δ1·δ2).
        var bound = 0.001 / (1 - (delta1 * delta2));
        Assert.Equal(1, equilibrium.Round);
        Assert.InRange(equilibrium.Agreement.Utilities[0], rubinstein - bound, rubinstein + bound);
    }

    [Fact]
    public void A_short_game_is_won_by_the_last_proposer()
    {
        // Without discounting, whoever proposes in the last round takes the whole pie (Ståhl 1972).
        Assert.Equal(0, OutcomeAnalysis.Analyze(Pie(1, 1, deadline: 2)).Equilibrium!.Agreement.Utilities[0], 6);
        Assert.Equal(1, OutcomeAnalysis.Analyze(Pie(1, 1, deadline: 3)).Equilibrium!.Agreement.Utilities[0], 6);
    }

    [Fact]
    public void A_risk_of_breakdown_takes_the_last_word_from_the_last_proposer()
    {
        // Two rounds, no discounting, breakdown risk 0.5 after a rejected round: in round 2 two takes the whole pie;
        // rejecting in round 1 is worth 0.5 × 1 + 0.5 × 0 = 0.5 to two, so one offers two exactly 0.5 (by hand).
        var pie = Pie(1, 1, deadline: 2);
        var risky = pie with { Protocol = pie.Protocol with { Breakdown = 0.5 } };

        var equilibrium = OutcomeAnalysis.Analyze(risky).Equilibrium!;

        Assert.Equal(1, equilibrium.Round);
        Assert.Equal(0.5, equilibrium.Agreement.Utilities[0], 6);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(41)]
    public void With_a_risk_of_breakdown_the_split_does_not_hang_on_who_proposes_last(int deadline)
    {
        // Binmore, Rubinstein & Wolinsky (1986, RAND J. Econ. 17:176–188): with breakdown risk p and no discounting the
        // first proposer gets x with 1 − x = (1 − p)·x, x = 1/(2 − p): 2/3 for p = 0.5, whatever the deadline's parity
        // once (1 − p)^deadline is negligible. Grid error at most 0.001/p per the Rubinstein test's reasoning.
        var pie = Pie(1, 1, deadline);
        var risky = pie with { Protocol = pie.Protocol with { Breakdown = 0.5 } };

        var equilibrium = OutcomeAnalysis.Analyze(risky).Equilibrium!;

        Assert.InRange(equilibrium.Agreement.Utilities[0], (2.0 / 3) - 0.002, (2.0 / 3) + 0.002);
    }

    [Fact]
    public void Nash_and_Kalai_Smorodinsky_differ_where_the_literature_says()
    {
        // Frontier u2 = 1 − u1², d = (0, 0). Nash (1950, Econometrica 18:155–162) maximises u1·u2: u1 = 1/√3.
        // Kalai & Smorodinsky (1975, Econometrica 43:513–518) equalise gains relative to the ideal point (1, 1):
        // u1 = u2 = (√5 − 1)/2.
        var curve = Enumerable.Range(0, 201).Select(i => i / 200.0).Select(x => (x, 1 - (x * x))).ToList();

        var report = OutcomeAnalysis.Analyze(Pie(1, 1, 1, curve));

        Assert.Equal(1 / Math.Sqrt(3), report.Nash!.Utilities[0], 2);
        Assert.Equal((Math.Sqrt(5) - 1) / 2, report.KalaiSmorodinsky!.Utilities[0], 2);
        Assert.Equal(report.KalaiSmorodinsky.Utilities[0], report.KalaiSmorodinsky.Utilities[1], 2);
    }

    [Fact]
    public void Every_outcome_of_a_pure_split_is_on_the_frontier_and_welfare_is_constant()
    {
        var report = OutcomeAnalysis.Analyze(Pie(1, 1, 1));

        Assert.Equal(1001, report.Pareto.Length);
        Assert.Equal(Enumerable.Range(0, 1001), report.Pareto.Select(p => p.Deal)); // the frontier is listed in canonical order
        Assert.Equal(1, report.MaxWelfare!.Utilities.Sum(), 9);
        Assert.Equal(1001, report.ZoneOfAgreement);
    }

    [Theory]
    // Putnam (1988), "Diplomacy and domestic politics", International Organization 42(3):427–460, pp. 440–441: a
    // smaller win-set at home moves the agreement toward the constrained side (the "tied hands"); a win-set that no
    // longer overlaps the other side's acceptable set leaves no agreement. Take-it-or-leave-it: the seller proposes once.
    [InlineData(10, 8)]  // no binding constraint: the seller takes all the buyer accepts (share 8, buyer utility 0.2)
    [InlineData(6, 6)]   // the buyer's parliament passes shares ≤ 6: the agreement moves to 6
    [InlineData(3, 3)]   // … ≤ 3: to 3
    [InlineData(1, -1)]  // ≤ 1 is below what the seller accepts (share ≥ 2): no agreement
    public void A_binding_ratification_constraint_moves_the_agreement_up_to_it_and_then_ends_it(int passesUpTo, int agreedShare)
    {
        var parliament = TestScenarios.Parliament() with
        {
            Factions = [TestScenarios.Parliament().Factions[0] with { Reservation = 1 - (passesUpTo / 10.0) }],
        };
        var scenario = TestScenarios.Split(deadline: 1, buyerRatifier: parliament);

        var report = OutcomeAnalysis.Analyze(scenario);

        Assert.Equal(agreedShare, report.Equilibrium?.Agreement.Deal ?? -1);
    }

    [Fact]
    public void Win_sets_and_the_zone_of_agreement_are_counted()
    {
        var report = OutcomeAnalysis.Analyze(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()));

        var winSet = Assert.Single(report.WinSets);
        Assert.Equal(("parliament", 6), (winSet.Ratifier, winSet.Size));
        Assert.Equal(6 / 11.0, winSet.Share, 9);
        Assert.Equal(4, report.ZoneOfAgreement); // shares 2–8 are acceptable to both; 0–5 pass the parliament: 2, 3, 4, 5
    }

    [Fact]
    public void Distances_are_zero_at_the_point_itself()
    {
        var report = OutcomeAnalysis.Analyze(TestScenarios.Split());

        Assert.Equal(0, report.DistanceToNash(report.Nash!.Utilities)!.Value, 12);
        Assert.Equal(0, report.DistanceToFrontier([0.6, 0.4]), 12);
        Assert.True(report.DistanceToFrontier([0.2, 0.2]) > 0.4);
    }

    [Fact]
    public void The_frontier_of_two_negotiators_is_what_sorting_every_outcome_and_scanning_it_gives()
    {
        // A second method: sort all outcomes by the first utility (descending), then the second (descending), then
        // canonical order; keep each outcome whose second utility beats all before it, or that has the utilities of
        // the last one kept. Random scenarios have many ties (few options, rounded values).
        for (var seed = 0; seed < 200; seed++)
        {
            var scenario = TestScenarios.Random(seed);
            var (first, second) = (scenario.Negotiators[0].Utility, scenario.Negotiators[1].Utility);
            var twoNegotiators = scenario with { Negotiators = [.. scenario.Negotiators.Take(2)], Ratifiers = [], Events = [] };
            var order = Enumerable.Range(0, scenario.Space.Count)
                .OrderByDescending(first.Evaluate).ThenByDescending(second.Evaluate).ThenBy(o => o);
            var expected = new List<int>();
            var (best, last) = (double.NegativeInfinity, -1);
            foreach (var o in order)
            {
                if (second.Evaluate(o) > best + Tolerance.Utility)
                {
                    (best, last) = (second.Evaluate(o), o);
                    expected.Add(o);
                }
                else if (last >= 0 && Math.Abs(first.Evaluate(o) - first.Evaluate(last)) <= Tolerance.Utility && Math.Abs(second.Evaluate(o) - second.Evaluate(last)) <= Tolerance.Utility)
                {
                    expected.Add(o);
                }
            }

            Assert.Equal(expected.Order(), OutcomeAnalysis.Pareto(new ScenarioTables(twoNegotiators)).Select(p => p.Deal));
        }
    }

    [Fact]
    public void A_run_reached_by_skipping_keeps_its_members_within_tolerance_of_the_outcome_that_beat_the_best()
    {
        // Six deals; the first utility puts t0–t2 at 1 and t3–t5 at 0.5 (two runs). By the frontier's rule (sorted by
        // the first utility, then the second, descending: keep an outcome whose second utility beats all before by
        // more than the tolerance, 1e-9, or that equals the last kept within it): t0 (0.2) is kept; t4 (0.2 + 1.8e-9)
        // beats it; t3 (0.2 + 0.9e-9) does not beat t0 but equals t4 within the tolerance, so it is kept too.
        var space = new OutcomeSpace([new OptionTerm("t", ["t0", "t1", "t2", "t3", "t4", "t5"])]);
        UtilityFunction Over(params double[] values) => new(
            space,
            new Dictionary<string, double> { ["t"] = 1 },
            new Dictionary<string, ValueFunction> { ["t"] = new OptionValues(values.Select((v, i) => (Key: $"t{i}", v)).ToImmutableDictionary(x => x.Key, x => x.v)) });
        var first = Over(1, 1, 1, 0.5, 0.5, 0.5);
        var second = Over(0.2, 0.1, 0.1, 0.2 + 0.9e-9, 0.2 + 1.8e-9, 0);

        Assert.Equal([0, 3, 4], OutcomeAnalysis.ParetoFrontier([first, second]));
    }

    [Fact]
    public void The_nash_point_maximises_the_product_of_gains_over_the_reservations()
    {
        // By brute force over every outcome: the first individually rational outcome with the greatest product.
        for (var seed = 0; seed < 200; seed++)
        {
            var scenario = TestScenarios.Random(seed);
            var negotiators = scenario.Negotiators;
            var rational = Enumerable.Range(0, scenario.Space.Count)
                .Where(o => negotiators.All(n => n.Utility.Evaluate(o) >= n.Reservation - Tolerance.Utility))
                .ToList();
            double Product(int o) => negotiators.Aggregate(1.0, (p, n) => p * Math.Max(0, n.Utility.Evaluate(o) - n.Reservation));
            var expected = rational.Count == 0 ? (int?)null : rational.Aggregate((a, b) => Product(b) > Product(a) + (Tolerance.Utility * Tolerance.Utility) ? b : a);

            Assert.Equal(expected, OutcomeAnalysis.Nash(new ScenarioTables(scenario))?.Deal);
        }
    }

    [Fact]
    public void The_Kalai_Smorodinsky_point_is_never_a_dominated_tie()
    {
        // Three deals: (0.5, 0.5), (0.5, 0.8), (1, 0). Reservations 0, ideal (1, 0.8): both of the first two reach 0.5
        // of the way for the worse-off side, but (0.5, 0.5) is dominated by (0.5, 0.8).
        var space = new OutcomeSpace([new OptionTerm("deal", ["a", "b", "c"])]);
        NegotiatorProfile Player(string name, double a, double b, double c) => new(
            name,
            new UtilityFunction(space, new Dictionary<string, double> { ["deal"] = 1 }, new Dictionary<string, ValueFunction> { ["deal"] = new OptionValues(new Dictionary<string, double> { ["a"] = a, ["b"] = b, ["c"] = c }.ToImmutableDictionary()) }),
            0,
            1,
            TimeDependentStrategy.Linear);
        var scenario = new Scenario("ks", "", space, [Player("one", 0.5, 0.5, 1), Player("two", 0.5, 0.8, 0)], [], new ProtocolSettings(["one", "two"], 4), []);

        var analysis = OutcomeAnalysis.Analyze(scenario);

        Assert.Equal(1, analysis.KalaiSmorodinsky!.Deal);
        Assert.Equal(1, analysis.Nash!.Deal);
    }

    [Fact]
    public void Nash_Kalai_Smorodinsky_and_maximum_welfare_are_Pareto_optimal_over_all_deals_and_over_the_ratifiable_ones()
    {
        Properties.ForAllScenarios(seed =>
        {
            var scenario = TestScenarios.Random(seed);
            var tables = new ScenarioTables(scenario);
            var analysis = OutcomeAnalysis.Analyze(tables);
            var ratifiable = tables.Stage(0);
            var utilities = scenario.Negotiators.Select(n => n.Utility.Table).ToArray();
            bool Dominated(int deal, Func<int, bool> among) => Enumerable.Range(0, scenario.Space.Count).Any(o => among(o)
                && utilities.All(u => u[o] >= u[deal] - Tolerance.Utility) && utilities.Any(u => u[o] > u[deal] + Tolerance.Utility));
            var all = new[] { analysis.Nash, analysis.KalaiSmorodinsky, analysis.MaxWelfare };
            var ratified = new[] { analysis.NashRatifiable, analysis.KalaiSmorodinskyRatifiable, analysis.MaxWelfareRatifiable };
            return all.All(p => p is null || !Dominated(p.Deal, _ => true))
                && ratified.All(p => p is null || (ratifiable.Ratifiable(p.Deal) && !Dominated(p.Deal, ratifiable.Ratifiable)));
        });
    }

    [Fact]
    public void The_ratifiable_Nash_point_has_the_largest_product_of_gains_among_ratifiable_deals_by_brute_force()
    {
        Properties.ForAllScenarios(seed =>
        {
            var scenario = TestScenarios.Random(seed);
            var tables = new ScenarioTables(scenario);
            var stage = tables.Stage(0);
            var d = scenario.Negotiators.Select(n => n.Reservation).ToArray();
            double? Product(int o) => scenario.Negotiators.Select((n, i) => n.Utility.Evaluate(o) - d[i]).Aggregate((double?)1, (p, g) => g < -Tolerance.Utility ? null : p * Math.Max(0, g));
            var best = Enumerable.Range(0, scenario.Space.Count).Where(stage.Ratifiable).Select(Product).Where(p => p is not null).DefaultIfEmpty(null).Max();
            var nash = OutcomeAnalysis.Analyze(tables).NashRatifiable;
            return best is null ? nash is null : nash is not null && Math.Abs(Product(nash.Deal)!.Value - best.Value) <= 1e-12;
        });
    }

    [Fact]
    public void The_sweeps_ratifiable_Nash_point_is_the_one_analyze_reports()
    {
        Properties.ForAllScenarios(seed =>
        {
            var tables = new ScenarioTables(TestScenarios.Random(seed));
            var analysis = OutcomeAnalysis.Analyze(tables);
            return OutcomeAnalysis.NashRatifiable(tables, OutcomeAnalysis.Nash(tables))?.Deal == analysis.NashRatifiable?.Deal;
        }, cases: 500);
    }
}
