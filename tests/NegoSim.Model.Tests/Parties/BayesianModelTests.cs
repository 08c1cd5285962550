using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Parties;

/// <summary>
/// The Bayesian opponent model against a line-by-line port of GENIUS 10.4's <c>BayesianOpponentModelScalable</c>
/// (written in Python for this check, not derived from NegoSim), and its hypotheses by hand.
/// </summary>
public sealed class BayesianModelTests
{
    private static readonly OutcomeSpace Space = new([new OptionTerm("a", ["x", "y", "z"]), new OptionTerm("b", ["p", "q"])]);

    private static int Outcome(string a, string b) => DealParser.Parse(Space, $"a={a},b={b}");

    [Fact]
    public void The_value_shapes_are_GENIUS_s_rising_falling_and_peaked_evaluations()
    {
        // Three values: rising 1, 1001, 2001; falling 2001, 1001, 1; a peak at the middle: 0, 1001, 1 (integer division
        // as in GENIUS), each divided by its largest.
        var shapes = BayesianModel.Shapes(3);

        Assert.Equal(3, shapes.Length);
        Assert.Equal([1 / 2001.0, 1001 / 2001.0, 1], shapes[0]);
        Assert.Equal([1, 1001 / 2001.0, 1 / 2001.0], shapes[1]);
        Assert.Equal([0, 1, 1 / 1001.0], shapes[2]);
        Assert.Equal(2, BayesianModel.Shapes(2).Length);
    }

    [Fact]
    public void After_three_new_offers_and_a_repeat_it_believes_what_GENIUS_s_model_believes()
    {
        var model = new BayesianModel(Space);
        model.Observe(Outcome("x", "p"));
        model.Observe(Outcome("x", "q"));
        model.Observe(Outcome("y", "p"));
        model.Observe(Outcome("x", "p")); // seen before: GENIUS learns nothing from it

        // From the port of GENIUS's model over the same offers.
        Assert.Equal(0.5961695476093012, model.Weights[0], 12);
        Assert.Equal(0.40383045239069876, model.Weights[1], 12);
        Assert.Equal([0.9987879641215718, 0.500709704053252, 0.0007921275624296867], Enumerable.Range(0, 3).Select(i => model.ValueOf(0, i)), (e, a) => Math.Abs(e - a) < 1e-12);
        Assert.Equal([0.9798596851030708, 0.021139315895930176], Enumerable.Range(0, 2).Select(i => model.ValueOf(1, i)), (e, a) => Math.Abs(e - a) < 1e-12);
        Assert.Equal(4, model.Offers);

        var estimates = new double[Space.Count];
        model.AddEstimates(estimates);
        Assert.Equal((0.5961695476093012 * 0.500709704053252) + (0.40383045239069876 * 0.021139315895930176), estimates[Outcome("y", "q")], 12);
    }

    [Fact]
    public void Before_any_offer_every_term_weighs_the_same()
    {
        var model = new BayesianModel(Space);
        var estimates = new double[Space.Count];

        model.AddEstimates(estimates);

        Assert.Equal([0.5, 0.5], model.Weights, (e, a) => Math.Abs(e - a) < 1e-12);
        Assert.Equal(estimates[Outcome("x", "p")] - estimates[Outcome("x", "q")], estimates[Outcome("z", "p")] - estimates[Outcome("z", "q")], 12);
    }

    [Fact]
    public void A_thousand_new_offers_leave_its_beliefs_numbers()
    {
        // GENIUS's expectation would pass 0 after 333 new offers and its beliefs would become NaN.
        var space = new OutcomeSpace([new RangeTerm("a", 0, 99, 1), new RangeTerm("b", 0, 99, 1)]);
        var model = new BayesianModel(space);
        for (var o = 0; o < 1000; o++)
        {
            model.Observe((o * 7) % space.Count);
        }

        var estimates = new double[space.Count];
        model.AddEstimates(estimates);

        Assert.All(estimates, e => Assert.True(double.IsFinite(e)));
        Assert.All(model.Weights, w => Assert.True(double.IsFinite(w)));
    }
}
