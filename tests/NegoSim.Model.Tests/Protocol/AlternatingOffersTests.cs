using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Protocol;

public sealed class AlternatingOffersTests
{
    [Fact]
    public void Two_linear_negotiators_meet_where_the_hand_computation_says()
    {
        // Seller wants share 10, buyer 0; both r = 0.2, linear, deadline 5 (t = 0, .25, .5, .75, 1).
        // R1 seller τ=1 offers 10; R2 buyer τ=.8 offers 2; R3 seller τ=.6 offers 6; R4 buyer τ=.4 offers 6, seller's τ=.4 → accepts.
        var result = TestScenarios.Play(TestScenarios.Split());

        Assert.Equal([10, 2, 6, 6], result.Rounds.Select(r => r.Offer));
        Assert.Equal(["seller", "buyer", "seller", "buyer"], result.Rounds.Select(r => r.Proposer));
        Assert.Equal(OutcomeStatus.Signed, result.Status);
        Assert.Equal((4, 6), (result.Round, result.Deal));
        Assert.Equal([0.6, 0.4], result.Utilities.ToArray(), new Close());
    }

    [Fact]
    public void A_ratifier_the_buyer_anticipates_ties_its_hands_in_its_favour()
    {
        // The parliament passes shares ≤ 5, so in R4 the buyer offers 5 instead of 6: Putnam's tied hands.
        var result = TestScenarios.Play(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament()));

        Assert.Equal(OutcomeStatus.Ratified, result.Status);
        Assert.Equal(5, result.Deal);
        var vote = Assert.Single(result.Votes);
        Assert.Equal((10, 0, 6), (vote.Yes, vote.No, vote.Threshold));
    }

    [Fact]
    public void A_buyer_that_ignores_its_ratifier_signs_what_is_then_voted_down()
    {
        var result = TestScenarios.Play(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament(), buyerAnticipates: false));

        Assert.Equal(OutcomeStatus.NotRatified, result.Status);
        Assert.Equal(6, result.Deal);
        Assert.False(result.Votes[0].Passed);
    }

    [Fact]
    public void A_deal_the_rule_exempts_is_signed_without_a_vote()
    {
        var result = TestScenarios.Play(TestScenarios.Split(buyerRatifier: TestScenarios.Parliament(rule: RatificationRule.Never)));

        Assert.Equal(OutcomeStatus.Signed, result.Status);
        Assert.False(result.RatificationRequired);
        Assert.Empty(result.Votes);
    }

    [Fact]
    public void Incompatible_reservations_end_without_agreement_at_the_deadline()
    {
        var result = TestScenarios.Play(TestScenarios.Split(sellerReservation: 0.7, buyerReservation: 0.5));

        Assert.Equal(OutcomeStatus.NoAgreement, result.Status);
        Assert.Equal(5, result.Rounds.Length);
        Assert.Equal([0.7, 0.5], result.Utilities.ToArray());
    }

    [Fact]
    public void An_event_changes_a_reservation_from_its_round_on()
    {
        var scenario = TestScenarios.Split();
        var tougher = scenario.Negotiators.SetItem(0, scenario.Negotiators[0] with { Reservation = 0.7 });
        scenario = scenario with { Events = [new ScenarioEvent(3, "seller hardens", tougher, [])] };

        // R3 seller τ = .7 + .3·.5 = .85 → offers 9; R4 buyer offers 6, below the seller's new r; R5 seller τ = .7 offers 7, buyer accepts.
        var result = TestScenarios.Play(scenario);

        Assert.Equal([10, 2, 9, 6, 7], result.Rounds.Select(r => r.Offer));
        Assert.Equal(["seller hardens"], result.Rounds[2].Notes.ToArray());
        Assert.Equal((5, 7), (result.Round, result.Deal));
    }

    [Fact]
    public void Discounting_shrinks_the_reported_utility_by_round()
    {
        var scenario = TestScenarios.Split();
        scenario = scenario with { Negotiators = scenario.Negotiators.SetItem(0, scenario.Negotiators[0] with { Discount = 0.9 }) };

        var result = TestScenarios.Play(scenario);

        Assert.Equal(0.6 * 0.9 * 0.9 * 0.9, result.DiscountedUtilities[0], 12);
        Assert.Equal(0.6, result.Utilities[0], 12);
    }

    [Fact]
    public void A_signed_deal_is_one_every_negotiator_accepted_in_the_round_it_was_signed()
    {
        Properties.ForAllScenarios(seed =>
        {
            var scenario = TestScenarios.Random(seed);
            var result = TestScenarios.Play(scenario, (ulong)seed);
            if (!result.IsSigned)
            {
                return result.Rounds.All(r => !r.Signed) && result.Status == OutcomeStatus.NoAgreement;
            }

            var last = result.Rounds[^1];
            return last.Round == result.Round && last.Offer == result.Deal && last.Signed
                && last.Responses.Length == scenario.Negotiators.Length - 1
                && result.Rounds.Take(result.Rounds.Length - 1).All(r => !r.Signed);
        });
    }

    [Fact]
    public void The_same_scenario_and_seed_give_the_same_result()
    {
        Properties.ForAllScenarios(seed =>
        {
            var scenario = TestScenarios.Random(seed);
            var first = TestScenarios.Play(scenario, (ulong)seed);
            var second = TestScenarios.Play(scenario, (ulong)seed);
            return first.Status == second.Status && first.Deal == second.Deal && first.Round == second.Round
                && first.Votes.Select(v => (v.Yes, v.No)).SequenceEqual(second.Votes.Select(v => (v.Yes, v.No)))
                && first.Rounds.Select(r => (r.Offer, r.Target)).SequenceEqual(second.Rounds.Select(r => (r.Offer, r.Target)));
        });
    }

    [Fact]
    public void Statuses_follow_from_signature_requirement_and_vote()
    {
        Properties.ForAllScenarios(seed =>
        {
            var result = TestScenarios.Play(TestScenarios.Random(seed), (ulong)seed);
            return result.Status switch
            {
                OutcomeStatus.NoAgreement => !result.IsSigned && result.Votes.IsEmpty,
                OutcomeStatus.Signed => result.IsSigned && !result.RatificationRequired,
                OutcomeStatus.Ratified => result.RatificationRequired && result.Votes.All(v => v.Passed),
                _ => result.RatificationRequired && result.Votes.Any(v => !v.Passed),
            };
        });
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}

[Collection(nameof(Allocations))]
public sealed class AlternatingOffersAllocationTests
{
    [Fact]
    public void Rounds_allocate_nothing_when_no_transcript_is_kept()
    {
        long Run(int deadline)
        {
            var tables = new ScenarioTables(Allocations.Deadlock(deadline));
            return Allocations.Of(() =>
            {
                var run = AlternatingOffers.RunAsync(tables, 1, new LocalParties(tables), recordRounds: false);
                return run.IsCompletedSuccessfully && run.Result.Status == OutcomeStatus.NoAgreement;
            });
        }

        var twenty = Run(20);
        var twoHundred = Run(200);

        // 180 more rounds: even 8 bytes a round would show as 1,440.
        Assert.True(twoHundred - twenty < 1_000, $"20 rounds: {twenty:N0} B, 200 rounds: {twoHundred:N0} B");
    }

    [Theory]
    // One round is an ultimatum: the linear seller opens at t = 0 with its best, share 10 (the buyer's utility 0);
    // the buyer answers at the last moment, t = 1, taking anything worth its reservation.
    [InlineData(0.2, "no-agreement")]
    [InlineData(0.0, "signed")]
    public void A_one_round_negotiation_is_an_ultimatum_opened_with_the_proposers_best(double buyerReservation, string status)
    {
        var result = TestScenarios.Play(TestScenarios.Split(deadline: 1, buyerReservation: buyerReservation));

        Assert.Equal(10, Assert.Single(result.Rounds).Offer);
        Assert.Equal(status, result.Status.Name());
    }

    [Fact]
    public void Stop_after_plays_the_first_rounds_on_the_clock_of_the_whole_talks()
    {
        var whole = TestScenarios.Split(deadline: 10);
        var stage = whole with { Protocol = whole.Protocol with { StopAfter = 2 } };

        var played = TestScenarios.Play(stage);
        var full = TestScenarios.Play(whole);

        // The same first two rounds (t = 0 and 1/9), then the stage ends unsigned.
        Assert.Equal(OutcomeStatus.NoAgreement, played.Status);
        Assert.Equal(full.Rounds.Take(2).Select(r => (r.Offer, r.Target)), played.Rounds.Select(r => (r.Offer, r.Target)));
    }
}
