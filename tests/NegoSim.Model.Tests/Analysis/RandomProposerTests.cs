using NegoSim.Model.Analysis;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Analysis;

/// <summary>
/// A random proposer (Baron and Ferejohn 1989, "Bargaining in legislatures", APSR 83(4):1181–1206): who proposes is
/// drawn each round, so what each side expects no longer hangs on who has the last word.
/// </summary>
public sealed class RandomProposerTests
{
    /// <summary>Two players split a pie on a grid of 0.001: one gets x, two gets 1 − x.</summary>
    private static Scenario Pie(double delta, int deadline, params double[] recognition)
    {
        var space = new OutcomeSpace([new RangeTerm("x", 0, 1, 0.001)]);
        NegotiatorProfile Player(string name, string best, string worst) => new(
            name,
            new UtilityFunction(space, new Dictionary<string, double> { ["x"] = 1 }, new Dictionary<string, ValueFunction> { ["x"] = new BestValue(best, worst) }),
            0,
            delta,
            TimeDependentStrategy.Linear);
        return new Scenario("pie", "", space, [Player("one", "1", "0"), Player("two", "0", "1")], [], new ProtocolSettings(["one", "two"], deadline, Recognition: [.. recognition]), []);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Without_discounting_each_expects_its_chance_of_being_recognised_whatever_the_deadline(int deadline)
    {
        // By hand: in the last round the proposer takes the pie, so each expects its chance; in every earlier round the
        // proposer offers the responder its expectation, so the expectation stays. Alternating offers instead give the
        // whole pie to the last proposer: one when the deadline is odd, two when it is even.
        var random = OutcomeAnalysis.Analyze(Pie(1, deadline, 0.7, 0.3)).Equilibrium!;
        var alternating = OutcomeAnalysis.Analyze(Pie(1, deadline) with { Protocol = new ProtocolSettings(["one", "two"], deadline) }).Equilibrium!;

        Assert.Equal(0.7, random.Expected[0], 0.002 * deadline);
        Assert.Equal(0.3, random.Expected[1], 0.002 * deadline);
        Assert.Equal(deadline % 2 == 1 ? 1 : 0, alternating.Agreement.Utilities[0], 6);
    }

    [Fact]
    public void With_discounting_the_first_proposer_keeps_one_minus_half_the_discount()
    {
        // Equal chances, δ = 0.9: the responder expects half the pie a round later, worth 0.45 now; the proposer keeps 0.55.
        var equilibrium = OutcomeAnalysis.Analyze(Pie(0.9, 30, 0.5, 0.5)).Equilibrium!;

        Assert.Equal(1, equilibrium.Round);
        Assert.Equal(0.55, equilibrium.Agreement.Utilities[0], 0.01);
        Assert.Equal(0.5, equilibrium.Expected[0], 0.01);
    }

    [Fact]
    public void Each_round_draws_its_proposer_with_the_chances_given_and_the_seed_decides()
    {
        var split = TestScenarios.Split(deadline: 5);
        split = split with { Protocol = split.Protocol with { Recognition = [0.7, 0.3] } };

        var proposers = Enumerable.Range(0, 2000).Select(seed => TestScenarios.Play(split, (ulong)seed).Rounds[0].Proposer).ToList();

        // 2,000 first rounds: the seller's share within 4.5 standard deviations (0.0103) of 0.7.
        Assert.InRange(proposers.Count(p => p == "seller") / 2000.0, 0.65, 0.75);
        Assert.Equal(
            Enumerable.Range(0, 50).Select(seed => string.Join(",", TestScenarios.Play(split, (ulong)seed).Rounds.Select(r => r.Proposer))),
            Enumerable.Range(0, 50).Select(seed => string.Join(",", TestScenarios.Play(split, (ulong)seed).Rounds.Select(r => r.Proposer))));
    }
}
