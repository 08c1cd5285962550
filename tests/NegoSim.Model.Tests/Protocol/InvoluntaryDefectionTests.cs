using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Protocol;

/// <summary>
/// Putnam's involuntary defection out of the model, not a switch: the buyer's parliament has one faction whose
/// reservation is known only as uniform on [0.3, 0.7] (share s is worth 1 − s/10 to it), so the chance that it passes
/// share s is 1, …, 0.75 at 4, 0.5 at 5, 0.25 at 6, 0 from 7 (PassProbabilityTests). The buyer anticipates it.
/// </summary>
public sealed class InvoluntaryDefectionTests
{
    private const int Runs = 2000;

    private static RatifierProfile UncertainParliament()
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        var belief = new ReservationBelief("uniform", 0.3, 0.7);
        return new RatifierProfile("parliament", "buyer", 6, [new Faction("bloc", 10, utility, belief.Median, 1, belief)], RatificationRule.Always);
    }

    private static (int Deal, double Failed) Play(double confidence)
    {
        var scenario = TestScenarios.Split(buyerRatifier: UncertainParliament());
        scenario = scenario with { Negotiators = [scenario.Negotiators[0], scenario.Negotiators[1] with { Confidence = confidence }] };
        var results = Enumerable.Range(0, Runs).Select(seed => TestScenarios.Play(scenario, (ulong)seed)).ToList();
        var deal = Assert.Single(results.Select(r => r.Deal).Distinct());
        return (deal, results.Count(r => r.Status == OutcomeStatus.NotRatified) / (double)Runs);
    }

    [Fact]
    public void A_buyer_content_with_even_odds_signs_share_5_and_half_its_signatures_are_voted_down()
    {
        // Confidence 0.5: the buyer takes the shares that pass at least half the time, 0…5, so it signs 5 in round 4
        // as with a parliament known to pass ≤ 5 (AlternatingOffersTests); that share fails when the drawn reservation
        // exceeds 0.5: half the time. 2,000 runs: within 4.5 standard deviations (0.011) of 0.5.
        var (deal, failed) = Play(0.5);

        Assert.Equal(5, deal);
        Assert.InRange(failed, 0.45, 0.55);
    }

    [Fact]
    public void A_buyer_that_wants_three_chances_in_four_signs_share_4_and_a_quarter_fail()
    {
        // Confidence 0.75: only shares 0…4 will do; the seller, whose target in round 4 is 0.4, takes 4 (worth 0.4 to
        // it); the faction refuses 4 when its reservation exceeds 0.6: a quarter of the time (sd 0.0097).
        var (deal, failed) = Play(0.75);

        Assert.Equal(4, deal);
        Assert.InRange(failed, 0.21, 0.29);
    }

    [Fact]
    public void A_buyer_that_needs_certainty_never_signs_what_can_fail()
    {
        var (deal, failed) = Play(1);

        Assert.True(deal <= 3, $"deal {deal}");
        Assert.Equal(0, failed);
    }

    [Fact]
    public void The_same_seed_draws_the_same_vote()
    {
        var scenario = TestScenarios.Split(buyerRatifier: UncertainParliament());

        Assert.Equal(
            Enumerable.Range(0, 50).Select(s => TestScenarios.Play(scenario, (ulong)s).Status),
            Enumerable.Range(0, 50).Select(s => TestScenarios.Play(scenario, (ulong)s).Status));
    }
}
