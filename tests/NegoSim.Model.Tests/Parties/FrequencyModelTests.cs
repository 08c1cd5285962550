using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Parties;

/// <summary>The frequency opponent model, by hand, and a learner that never sees the other side's utility.</summary>
public sealed class FrequencyModelTests
{
    private static readonly OutcomeSpace Space = new([new OptionTerm("a", ["x", "y"]), new OptionTerm("b", ["p", "q", "r"])]);

    private static int Outcome(string a, string b) => DealParser.Parse(Space, $"a={a},b={b}");

    [Fact]
    public void Kept_issues_gain_weight_and_offered_values_gain_worth()
    {
        // Offers (x, p), (x, q), (x, p). Weights start at 1/2 each; each kept issue gains 0.2/2 = 0.1, then all are
        // normalised: after the second offer a was kept: (0.6, 0.5)/1.1; after the third again: (0.6/1.1 + 0.1, 0.5/1.1)
        // over their sum. Worths: a: x offered 3 times (1), y never (0); b: p twice (1), q once (0.5), r never (0).
        var model = new FrequencyModel(Space);
        model.Observe(Outcome("x", "p"));
        model.Observe(Outcome("x", "q"));
        model.Observe(Outcome("x", "p"));

        var (a, b) = ((0.6 / 1.1) + 0.1, 0.5 / 1.1);
        Assert.Equal(a / (a + b), model.Weights[0], 12);
        Assert.Equal(b / (a + b), model.Weights[1], 12);
        Assert.Equal([1, 0], Enumerable.Range(0, 2).Select(i => model.ValueOf(0, i)));
        Assert.Equal([1, 0.5, 0], Enumerable.Range(0, 3).Select(i => model.ValueOf(1, i)));

        var estimates = new double[Space.Count];
        model.AddEstimates(estimates);
        Assert.Equal((a / (a + b) * 1) + (b / (a + b) * 0.5), estimates[Outcome("x", "q")], 12);
        Assert.Equal(3, model.Offers);
    }

    [Fact]
    public void Spearman_gives_ties_their_average_rank()
    {
        // Ranks of (10, 20, 20, 40): 1, 2.5, 2.5, 4. Against (1, 2, 3, 4): ρ = 0.9486832980505138 (by hand: Pearson of the ranks).
        Assert.Equal([1, 2.5, 2.5, 4], RankCorrelation.Ranks([10, 20, 20, 40]));
        Assert.Equal(0.9486832980505138, RankCorrelation.Spearman([10, 20, 20, 40], [1, 2, 3, 4]), 12);
        Assert.Equal(-1, RankCorrelation.Spearman([1, 2, 3], [9, 5, 1]), 12);
    }

    [Fact]
    public void A_learner_opens_alike_whatever_the_other_side_wants()
    {
        // The seller cares for the price only (best 10); the buyer for the price (best 0) and the speed. At t = 0 the
        // seller's target is its best, 1: share 10 with either speed. Knowing the buyer, it offers the buyer's speed;
        // learning, it knows nothing before the buyer's first offer and opens with the first of its equals, slow.
        var space = new OutcomeSpace([new RangeTerm("price", 0, 10, 1), new OptionTerm("speed", ["slow", "fast"])]);
        NegotiatorProfile Buyer(string speed) => new(
            "buyer",
            new UtilityFunction(space, new Dictionary<string, double> { ["price"] = 1, ["speed"] = 1 }, new Dictionary<string, ValueFunction> { ["price"] = new BestValue("0"), ["speed"] = new BestValue(speed) }),
            0.2,
            1,
            TimeDependentStrategy.Linear);
        Scenario Play(OpponentModel model, string speed)
        {
            var seller = new NegotiatorProfile("seller", new UtilityFunction(space, new Dictionary<string, double> { ["price"] = 1 }, new Dictionary<string, ValueFunction> { ["price"] = new BestValue("10") }), 0.2, 1, TimeDependentStrategy.Linear, OpponentModel: model);
            return new Scenario("s", "", space, [seller, Buyer(speed)], [], new ProtocolSettings(["seller", "buyer"], 4), []);
        }

        string First(OpponentModel model, string speed) => space.Describe(TestScenarios.Play(Play(model, speed)).Rounds[0].Offer);

        Assert.Equal("price=10  speed=fast", First(OpponentModel.Full, "fast"));
        Assert.Equal("price=10  speed=slow", First(OpponentModel.Full, "slow"));
        Assert.Equal("price=10  speed=slow", First(OpponentModel.Frequency, "fast"));
        Assert.Equal("price=10  speed=slow", First(OpponentModel.Frequency, "slow"));
    }
}
