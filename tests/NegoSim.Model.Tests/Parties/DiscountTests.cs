using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Tests.Parties;

/// <summary>
/// A negotiator with a discount δ &lt; 1 judges an outcome signed in round k by its worth then, δ^(k−1)·u, as the
/// reports and the subgame-perfect analysis value it: against its reservation (no agreement is not discounted) and
/// against a target whose top is its best worth in that round.
/// </summary>
public sealed class DiscountTests
{
    private static Negotiator Buyer(double discount)
    {
        var scenario = TestScenarios.Split();
        return new Negotiator(new NegotiatorTables(scenario.Negotiators[1] with { Discount = discount }, [scenario.Negotiators[0].Utility], null));
    }

    private static Negotiator Seller(double discount)
    {
        var scenario = TestScenarios.Split();
        return new Negotiator(new NegotiatorTables(scenario.Negotiators[0] with { Discount = discount }, [scenario.Negotiators[1].Utility], null));
    }

    [Fact]
    public void An_offer_worth_its_reservation_undiscounted_can_be_worth_less_by_the_time_it_comes()
    {
        // Share 7 gives the buyer u = 0.3. In round 3 with δ = 0.8 it is worth 0.64 · 0.3 = 0.192, below r = 0.2;
        // share 6 (u = 0.4) is worth 0.256. At t = 1 the target is the reservation.
        Assert.Equal(Verdict.Accept, Buyer(1).Respond(new Offer(3, 1, "seller", 7)).Verdict);
        Assert.Equal(Verdict.BelowReservation, Buyer(0.8).Respond(new Offer(3, 1, "seller", 7)).Verdict);
        Assert.Equal(Verdict.Accept, Buyer(0.8).Respond(new Offer(3, 1, "seller", 6)).Verdict);
        Assert.Equal(0.256, Buyer(0.8).Respond(new Offer(3, 1, "seller", 6)).Utility, 12);
    }

    [Fact]
    public void Its_target_starts_from_its_best_worth_in_the_round()
    {
        // At t = 0 the target is u_max; in round 3 with δ = 0.8, u_max = 1 is worth 0.64.
        Assert.Equal(0.64, Buyer(0.8).Respond(new Offer(3, 0, "seller", 0)).Target, 12);
        Assert.Equal(1, Buyer(1).Respond(new Offer(3, 0, "seller", 0)).Target, 12);
    }

    [Fact]
    public void A_discounting_proposer_asks_for_the_utility_that_makes_its_target_worth()
    {
        // Linear, round 2, t = 0.5, δ = 0.5: bounds r = 0.2 and 0.5 · u_max = 0.5, so τ = 0.2 + 0.3 · 0.5 = 0.35,
        // a utility of 0.35 / 0.5 = 0.7: shares 7…10 qualify and share 7 is best for the buyer. Undiscounted,
        // τ = 0.6 and it offers share 6.
        Assert.Equal(7, Seller(0.5).Propose(new ProposeRequest(2, 0.5)).Outcome);
        Assert.Equal(0.35, Seller(0.5).Propose(new ProposeRequest(2, 0.5)).Target, 12);
        Assert.Equal(6, Seller(1).Propose(new ProposeRequest(2, 0.5)).Outcome);
    }

    [Fact]
    public void When_even_its_best_is_worth_less_than_walking_away_it_offers_nothing()
    {
        // Reservation 0.2; in round 4 with δ = 0.5 its best (u = 1) is worth 0.125.
        Assert.False(Seller(0.5).Propose(new ProposeRequest(4, 0)).HasOffer);
    }
}
