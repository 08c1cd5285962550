using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Parties;

public sealed class NegotiatorTests
{
    [Fact]
    public void Offers_the_outcome_best_for_the_other_among_those_reaching_its_target()
    {
        var scenario = TestScenarios.Split();
        var seller = new Negotiator(new NegotiatorTables(scenario.Negotiators[0], [scenario.Negotiators[1].Utility], null));

        // linear, t = 0.5: τ = 0.2 + 0.8 · 0.5 = 0.6 → shares 6…10 qualify; share 6 is best for the buyer.
        var proposal = seller.Propose(new ProposeRequest(3, 0.5));

        Assert.Equal(6, proposal.Outcome);
        Assert.Equal(0.6, proposal.Target, 12);
    }

    [Fact]
    public void Says_why_it_rejects()
    {
        var scenario = TestScenarios.Split(buyerRatifier: TestScenarios.Parliament());
        var constraint = new RatificationConstraint("parliament", NegoSim.Model.Outcomes.OutcomeSet.All(11), NegoSim.Model.Ratification.Ratifier.WinSetOf(TestScenarios.Parliament(), scenario.Space));
        var buyer = new Negotiator(new NegotiatorTables(scenario.Negotiators[1], [scenario.Negotiators[0].Utility], constraint));

        Assert.Equal(Verdict.BelowReservation, buyer.Respond(new Offer(1, 1, "seller", 9)).Verdict);
        Assert.Equal(Verdict.RatifierWouldRefuse, buyer.Respond(new Offer(1, 1, "seller", 7)).Verdict);
        Assert.Equal(Verdict.BelowTarget, buyer.Respond(new Offer(1, 0, "seller", 4)).Verdict);
        Assert.Equal(Verdict.Accept, buyer.Respond(new Offer(1, 1, "seller", 5)).Verdict);
    }

    [Fact]
    public void Never_proposes_or_accepts_below_its_reservation()
    {
        Properties.ForAllScenarios(seed =>
        {
            var scenario = TestScenarios.Random(seed);
            var result = TestScenarios.Play(scenario, (ulong)seed);
            foreach (var round in result.Rounds.Where(r => r.Offer >= 0))
            {
                var profiles = ProfilesAt(scenario, round.Round);
                var proposer = profiles.Single(p => p.Name == round.Proposer);
                if (proposer.Utility.Evaluate(round.Offer) < proposer.Reservation - Tolerance.Utility)
                {
                    return false;
                }

                foreach (var response in round.Responses.Where(r => r.Accepted))
                {
                    var responder = profiles.Single(p => p.Name == response.Responder);
                    if (responder.Utility.Evaluate(round.Offer) < responder.Reservation - Tolerance.Utility)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    private static IEnumerable<NegotiatorProfile> ProfilesAt(Scenario scenario, int round) =>
        scenario.Events.LastOrDefault(e => e.Round <= round)?.Negotiators ?? scenario.Negotiators;
}
