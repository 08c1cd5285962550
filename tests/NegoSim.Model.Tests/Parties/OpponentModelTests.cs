using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Parties;

public sealed class OpponentModelTests
{
    /// <summary>
    /// A seller who cares only about the share (share/10) and a buyer who also wants blue over red: the seller is
    /// indifferent between red and blue, so what it offers among them shows whether it looks at the buyer.
    /// </summary>
    private static Proposal SellerOffers(OpponentModel model)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1), new OptionTerm("color", ["red", "blue"])]);
        var seller = new NegotiatorProfile(
            "seller",
            new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("10") }),
            0.2,
            1,
            TimeDependentStrategy.Linear,
            OpponentModel: model);
        var buyer = new UtilityFunction(
            space,
            new Dictionary<string, double> { ["share"] = 1, ["color"] = 1 },
            new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0"), ["color"] = new BestValue("blue") });

        // Linear at t = 0.5: τ = 0.2 + 0.8 · 0.5 = 0.6.
        return new Negotiator(new NegotiatorTables(seller, [buyer], null)).Propose(new ProposeRequest(3, 0.5));
    }

    [Fact]
    public void With_full_knowledge_it_offers_what_is_best_for_the_other_at_its_target()
    {
        // Shares 6…10 reach 0.6; the buyer likes share 6 with blue best.
        Assert.Equal("share=6  color=blue", Describe(SellerOffers(OpponentModel.Full)));
    }

    [Fact]
    public void Without_an_opponent_model_it_offers_what_is_closest_above_its_target_first_in_canonical_order()
    {
        // Closest above 0.6 in its own utility: share 6, red and blue equally; red comes first.
        Assert.Equal("share=6  color=red", Describe(SellerOffers(OpponentModel.None)));
    }

    private static string Describe(Proposal proposal) =>
        new OutcomeSpace([new RangeTerm("share", 0, 10, 1), new OptionTerm("color", ["red", "blue"])]).Describe(proposal.Outcome);
}
