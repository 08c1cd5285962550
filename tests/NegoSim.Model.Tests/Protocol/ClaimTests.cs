using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Protocol;

/// <summary>
/// "My parliament will not pass this": a claim moves the other side only as far as it is credible. Three rounds of the
/// split game (share s worth s/10 to the seller, 1 − s/10 to the buyer, reservations 0.2, linear). The buyer's
/// parliament is one faction whose reservation is uniform on [0.3, 0.7], so share s passes with 1, …, 0.75 at 4, 0.5
/// at 5, 0.25 at 6, 0 from 7. The buyer wants 0.9 (shares ≤ 3); the seller heeds the buyer's parliament too.
/// By hand, without a believed claim: the seller opens with 5 (its best that passes as often as not, worth 0.5); the
/// buyer refuses it ("my parliament would refuse it"), offers 3 in round 2, which the seller, aiming at
/// 0.5 − 0.5·0.3 = 0.35, refuses; in round 3 the seller offers 2 (best for the buyer of what is worth 0.2 to it),
/// signed. Believing the claim, the seller drops 5 and everything the faction likes no more (shares ≥ 5): its best is
/// now 4, worth 0.4, and in round 2 it aims at 0.4 − 0.5·0.2 = 0.3 and signs the buyer's 3.
/// </summary>
public sealed class ClaimTests
{
    private static NegotiationResult Play(double credibility, double sellerConfidence)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        var belief = new ReservationBelief("uniform", 0.3, 0.7);
        var parliament = new RatifierProfile("parliament", "buyer", 6, [new Faction("bloc", 10, utility, belief.Median, 1, belief)], RatificationRule.Always);
        var split = TestScenarios.Split(deadline: 3, buyerRatifier: parliament);
        return TestScenarios.Play(split with
        {
            Negotiators =
            [
                split.Negotiators[0] with { AnticipatesOthers = true, Confidence = sellerConfidence },
                split.Negotiators[1] with { Confidence = 0.9, Credibility = credibility },
            ],
        });
    }

    [Fact]
    public void An_unbelieved_claim_changes_nothing()
    {
        var result = Play(credibility: 0, sellerConfidence: 0.5);

        Assert.Equal((2, 3), (result.Deal, result.Round));
        Assert.Equal(Verdict.RatifierWouldRefuse, result.Rounds[0].Responses[0].Verdict);
    }

    [Fact]
    public void A_believed_claim_takes_the_refused_text_and_worse_off_the_table()
    {
        var result = Play(credibility: 1, sellerConfidence: 0.5);

        Assert.Equal((3, 2), (result.Deal, result.Round));
    }

    [Theory]
    [InlineData(0.2, 2, 3)]   // 5 now passes with 0.5 × 0.8 = 0.4 in the seller's eyes: still above its 0.3
    [InlineData(0.5, 3, 2)]   // 0.5 × 0.5 = 0.25: below 0.3, dropped
    public void A_claim_moves_the_other_side_only_as_far_as_it_is_credible(double credibility, int deal, int round)
    {
        var result = Play(credibility, sellerConfidence: 0.3);

        Assert.Equal((deal, round), (result.Deal, result.Round));
    }
}
