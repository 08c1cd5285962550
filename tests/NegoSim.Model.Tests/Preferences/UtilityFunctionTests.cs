using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Preferences;

public sealed class UtilityFunctionTests
{
    private static readonly OutcomeSpace Space = new([new OptionTerm("a", ["x", "y"]), new RangeTerm("b", 0, 10, 5)]);

    [Fact]
    public void Weights_are_normalised_and_an_unweighted_term_counts_for_nothing()
    {
        var utility = new UtilityFunction(
            Space,
            new Dictionary<string, double> { ["a"] = 3 },
            new Dictionary<string, ValueFunction> { ["a"] = new BestValue("y"), ["b"] = new BestValue("0") });

        Assert.Equal([1, 0], utility.Weights.ToArray());
        Assert.Equal(1, utility.Evaluate(Space.Compose([1, 2])));
    }

    [Fact]
    public void Weights_near_the_largest_double_keep_their_proportions_instead_of_overflowing_to_nothing()
    {
        // 1e308 + 3e308 is infinite in doubles: normalised naively, every weight would become 0.
        var utility = new UtilityFunction(
            Space,
            new Dictionary<string, double> { ["a"] = 1e308, ["b"] = 1.5e308 },
            new Dictionary<string, ValueFunction> { ["a"] = new BestValue("y"), ["b"] = new BestValue("0") });

        Assert.Equal(0.4, utility.Weights[0], 12);
        Assert.Equal(0.6, utility.Weights[1], 12);
        Assert.Equal(0.4 + (0.6 * 0.5), utility.Evaluate(Space.Compose([1, 1])), 12);
    }

    [Fact]
    public void Is_the_weighted_sum_of_values()
    {
        var utility = new UtilityFunction(
            Space,
            new Dictionary<string, double> { ["a"] = 1, ["b"] = 3 },
            new Dictionary<string, ValueFunction> { ["a"] = new BestValue("y"), ["b"] = new BestValue("0") });

        Assert.Equal((0.25 * 1) + (0.75 * 0.5), utility.Evaluate(Space.Compose([1, 1])), 12);
    }

    [Fact]
    public void A_weighted_term_without_a_value_function_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new UtilityFunction(Space, new Dictionary<string, double> { ["b"] = 1 }, new Dictionary<string, ValueFunction>()));

        Assert.Contains("term 'b' has a weight but no value function", error.Message);
    }

    [Fact]
    public void Utilities_lie_in_zero_to_one_for_any_weights_and_values()
    {
        var unit = Gen.Choose(0, 1000).Select(i => i / 1000.0);
        var cases = from weightA in unit
                    from weightB in unit
                    from valuesA in unit.ArrayOf(2)
                    from points in unit.ArrayOf(3)
                    where weightA + weightB > 0
                    select (weightA, weightB, valuesA, points);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(cases), c =>
        {
            var utility = new UtilityFunction(
                Space,
                new Dictionary<string, double> { ["a"] = c.weightA, ["b"] = c.weightB },
                new Dictionary<string, ValueFunction>
                {
                    ["a"] = new OptionValues(new Dictionary<string, double> { ["x"] = c.valuesA[0], ["y"] = c.valuesA[1] }.ToImmutableDictionary()),
                    ["b"] = new PointsValue([(0, c.points[0]), (5, c.points[1]), (10, c.points[2])]),
                });
            return utility.Tabulate().All(u => u is >= 0 and <= 1);
        }));
    }

    [Fact]
    public void Its_table_gives_every_outcome_what_evaluating_it_gives_on_random_spaces_and_preferences()
    {
        // The table is built term by term, sharing sums between outcomes; Evaluate adds up one outcome at a time.
        for (var seed = 0; seed < 60; seed++)
        {
            var scenario = TestScenarios.Random(seed);
            foreach (var utility in scenario.Negotiators.Select(n => n.Utility).Concat(scenario.Ratifiers.SelectMany(r => r.Factions.Select(f => f.Utility))))
            {
                var table = utility.Tabulate();
                Assert.Equal(Enumerable.Range(0, utility.Space.Count).Select(utility.Evaluate), table);
            }
        }
    }

    [Fact]
    public void Its_order_is_best_first_with_ties_in_canonical_order()
    {
        // Random weights on a space with many ties (one term's values all worth the same).
        var space = new OutcomeSpace([new OptionTerm("a", ["x", "y", "z"]), new RangeTerm("b", 0, 10, 1), new OptionTerm("c", ["p", "q"])]);
        var unit = Gen.Choose(0, 20).Select(i => i / 20.0);
        var cases = from weights in unit.ArrayOf(3)
                    from values in unit.ArrayOf(3)
                    where weights.Sum() > 0
                    select (weights, values);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Arb.From(cases), c =>
        {
            var utility = new UtilityFunction(
                space,
                new Dictionary<string, double> { ["a"] = c.weights[0], ["b"] = c.weights[1], ["c"] = c.weights[2] },
                new Dictionary<string, ValueFunction>
                {
                    ["a"] = new OptionValues(new Dictionary<string, double> { ["x"] = c.values[0], ["y"] = c.values[1], ["z"] = c.values[2] }.ToImmutableDictionary()),
                    ["b"] = new BestValue("10"),
                    ["c"] = new OptionValues(new Dictionary<string, double> { ["p"] = 0.5, ["q"] = 0.5 }.ToImmutableDictionary()),
                });
            var expected = Enumerable.Range(0, space.Count).OrderByDescending(utility.Evaluate).ThenBy(o => o);
            return expected.SequenceEqual(utility.Descending);
        }));
    }
}
