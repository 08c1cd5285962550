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
}
