using NegoSim.Model.Parties;
using NegoSim.Model.Scenarios;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Strategies;

/// <summary>MiCRO's rule by hand (de Jonge 2022): one step down its own ranking per new offer received.</summary>
public sealed class MicroStrategyTests
{
    // Four feasible outcomes worth 0.9, 0.7, 0.6, 0.4 to it (outcome k has rank k here).
    private static readonly TargetBounds Bounds = new(0.3, 0.9, new OwnRanking([0.9, 0.7, 0.6, 0.4], [0, 1, 2, 3], 4, 1));

    [Fact]
    public void It_concedes_one_outcome_for_each_new_offer_and_repeats_itself_otherwise()
    {
        var state = MicroStrategy.Instance.Start();

        Assert.Equal(0.9, state.Target(0, Bounds)); // nothing offered, nothing received: its best
        state.Offered();
        Assert.Equal(0.9, state.Target(0.1, Bounds)); // one offered, none received: it stands where it is

        state.ObserveOffer("other", 10, 0.1, Bounds);
        Assert.Equal(0.7, state.Target(0.2, Bounds)); // one new offer received: its next outcome
        state.Offered();

        state.ObserveOffer("other", 10, 0.1, Bounds); // the same offer again: no new one
        Assert.Equal(0.7, state.Target(0.3, Bounds));
        state.Offered();
        Assert.Equal(0.7, state.Target(0.4, Bounds));

        state.ObserveOffer("other", 11, 0.2, Bounds);
        Assert.Equal(0.6, state.Target(0.5, Bounds));
    }

    [Fact]
    public void It_never_walks_past_its_last_feasible_outcome()
    {
        var state = MicroStrategy.Instance.Start();
        for (var k = 0; k < 10; k++)
        {
            state.ObserveOffer("other", 100 + k, 0, Bounds);
            state.Offered();
        }

        Assert.Equal(0.4, state.Target(1, Bounds));
        Assert.Equal(0.3, state.Target(1, new TargetBounds(0.3, 0.3)));
    }

    private static Scenario Split(Strategy buyer)
    {
        var split = TestScenarios.Split(deadline: 20);
        return split with
        {
            Negotiators =
            [
                split.Negotiators[0] with { Strategy = MicroStrategy.Instance, OpponentModel = OpponentModel.None },
                split.Negotiators[1] with { Strategy = buyer, OpponentModel = OpponentModel.None },
            ],
        };
    }

    [Fact]
    public void Two_MiCROs_meet_in_the_middle_of_the_split_game()
    {
        // By hand: the seller offers 10, 9, 8, … in rounds 1, 3, 5, …; the buyer 0, 1, 2, … in rounds 2, 4, 6, … (each
        // one step per new offer received). In round 11 the seller offers 5, worth 0.5 to the buyer, whose next offer
        // (share 5) would be worth 0.5: it accepts. Earlier, each side's offer is worth less than its own next.
        var result = TestScenarios.Play(Split(MicroStrategy.Instance));

        Assert.Equal((5, 11), (result.Deal, result.Round));
        Assert.Equal([10, 0, 9, 1, 8, 2, 7, 3, 6, 4, 5], result.Rounds.Select(r => r.Offer));
    }

    [Fact]
    public void Against_a_hardliner_it_concedes_one_step_and_no_more()
    {
        // The hardliner repeats share 0: one new offer, so MiCRO goes from 10 to 9 and stays there.
        var result = TestScenarios.Play(Split(HardlinerStrategy.Instance));

        Assert.False(result.IsSigned);
        Assert.Equal([10, 9], result.Rounds.Where(r => r.Proposer == "seller").Select(r => r.Offer).Distinct());
    }

    [Fact]
    public void Among_outcomes_of_equal_worth_it_offers_each_in_turn()
    {
        // A second term worth nothing to either side: every share comes twice at the same worth. MiCRO walks its
        // ranking outcome by outcome — (10, x), (10, y), (9, x), … — never offering one outcome twice while it concedes.
        var text = """
            name: ties
            terms:
              share: {range: [0, 10], step: 1}
              colour: {options: [x, y]}
            parties:
              seller: {role: negotiator, weights: {share: 1, colour: 0}, values: {share: {best: 10}, colour: {best: x}}, reservation: 0.2, strategy: micro, opponent-model: none}
              buyer: {role: negotiator, weights: {share: 1, colour: 0}, values: {share: {best: 0}, colour: {best: x}}, reservation: 0.2, strategy: micro, opponent-model: none}
            protocol: {deadline: 40, ratification: never}
            """;
        var compiled = ScenarioText.Read(text);

        var result = TestScenarios.Play(compiled.Scenario);

        var seller = result.Rounds.Where(r => r.Proposer == "seller").Select(r => compiled.Scenario.Space.Describe(r.Offer)).ToList();
        Assert.Equal(["share=10  colour=x", "share=10  colour=y", "share=9  colour=x", "share=9  colour=y"], seller.Take(4));
        Assert.Equal(seller.Count, seller.Distinct().Count());
        Assert.True(result.IsSigned);
    }
}
