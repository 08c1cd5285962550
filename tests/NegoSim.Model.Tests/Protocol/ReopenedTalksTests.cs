using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Protocol;

/// <summary>
/// A rejected text reopens the talks, and the negotiators learn from the tally. The buyer's parliament is one faction
/// whose reservation ρ is uniform on [0.3, 0.7] (share s is worth 1 − s/10 to it); the buyer, content with even odds,
/// signs share 5 in round 4 (InvoluntaryDefectionTests), which fails when ρ &gt; 0.5. Its "no" shows ρ &gt; 0.5: the
/// belief becomes uniform on (0.5, 0.7], under which share 4 passes with probability 1/2 and 5 with 0, so in talks
/// reopened for five rounds (rounds 5–9, the seller first again) the buyer signs 4, in their fourth round (round 8),
/// as a buyer limited to shares ≤ 4 does (InvoluntaryDefectionTests). The same ρ votes again: 4 fails when ρ &gt; 0.6.
/// </summary>
public sealed class ReopenedTalksTests
{
    private const int Runs = 2000;

    private static RatifierProfile UncertainParliament(Reopening? reopening, double low = 0.3, double high = 0.7)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        var belief = new ReservationBelief("uniform", low, high);
        return new RatifierProfile("parliament", "buyer", 6, [new Faction("bloc", 10, utility, belief.Median, 1, belief)], RatificationRule.Always, Reopening: reopening);
    }

    private static List<NegotiationResult> Play(RatifierProfile parliament)
    {
        var scenario = TestScenarios.Split(buyerRatifier: parliament);
        scenario = scenario with { Negotiators = [scenario.Negotiators[0], scenario.Negotiators[1] with { Confidence = 0.5 }] };
        return [.. Enumerable.Range(0, Runs).Select(seed => TestScenarios.Play(scenario, (ulong)seed))];
    }

    private static double Share(List<NegotiationResult> results, Func<NegotiationResult, bool> which) => results.Count(which) / (double)results.Count;

    [Fact]
    public void A_rejected_text_is_renegotiated_toward_the_parliament_and_passes_when_the_parliament_can_be_satisfied()
    {
        var results = Play(UncertainParliament(new Reopening(5, 1)));

        // ρ ≤ 0.5 (1/2): 5 passes at once. 0.5 < ρ ≤ 0.6 (1/4): 5 fails, 4 passes. ρ > 0.6 (1/4): both fail. Sd ≤ 0.011.
        Assert.InRange(Share(results, r => r is { Status: OutcomeStatus.Ratified, Deal: 5, Votes.Length: 1 }), 0.45, 0.55);
        Assert.InRange(Share(results, r => r is { Status: OutcomeStatus.Ratified, Deal: 4, Votes.Length: 2 }), 0.20, 0.30);
        Assert.InRange(Share(results, r => r is { Status: OutcomeStatus.NotRatified, Deal: 4, Votes.Length: 2 }), 0.20, 0.30);
    }

    [Fact]
    public void Every_vote_is_kept_with_the_round_of_the_text_it_was_on()
    {
        var twice = Play(UncertainParliament(new Reopening(5, 1))).Where(r => r.Votes.Length == 2).ToList();

        Assert.NotEmpty(twice);
        Assert.All(twice, r =>
        {
            Assert.Equal([4, 8], r.Votes.Select(v => v.Round));
            Assert.False(r.Votes[0].Passed);
            Assert.Equal(8, r.Round);
            Assert.Contains(r.Rounds, round => round.Round == 5 && round.Notes.Any(n => n.StartsWith(AlternatingOffers.TalksReopen, StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void The_reopened_talks_run_on_their_own_clock_with_the_first_proposer_first()
    {
        var twice = Play(UncertainParliament(new Reopening(5, 1))).First(r => r.Votes.Length == 2);
        var reopened = twice.Rounds.Where(r => r.Round >= 5).ToList();

        Assert.Equal([0, 0.25, 0.5, 0.75], reopened.Select(r => r.Time));
        Assert.Equal("seller", reopened[0].Proposer);
    }

    [Fact]
    public void Without_reopening_a_rejection_ends_the_run_as_before()
    {
        var results = Play(UncertainParliament(null));

        Assert.All(results, r => Assert.Single(r.Votes));
        Assert.InRange(Share(results, r => r.Status == OutcomeStatus.NotRatified), 0.45, 0.55);
    }

    [Fact]
    public void Talks_reopened_twice_end_at_a_text_that_passes_or_at_a_third_rejection()
    {
        // A second reopening: after 4 fails too, ρ > 0.6, the belief is uniform on (0.6, 0.7]; share 3 (worth 0.7)
        // passes for sure, 4 with probability 0. In the third talks (rounds 9–13) the buyer's offer of 3 in their fourth
        // round is below the seller's target then (0.4), and in the last round the seller, its target at its reservation
        // 0.2, offers what is best for the buyer among what is worth 0.2 to it: share 2, which the buyer signs and the
        // parliament passes. Nothing fails three times.
        var results = Play(UncertainParliament(new Reopening(5, 2)));

        Assert.InRange(Share(results, r => r is { Status: OutcomeStatus.Ratified, Deal: 2, Votes.Length: 3, Round: 13 }), 0.20, 0.30);
        Assert.DoesNotContain(results, r => r.Status == OutcomeStatus.NotRatified);
    }

    [Fact]
    public void An_election_between_the_votes_changes_the_parliament_the_renegotiated_text_faces()
    {
        // A parliament known exactly: its faction passes shares ≤ 5 (reservation 0.5). A buyer that ignores it signs 5
        // or more and is voted down; the talks reopen in round 6, where an election brings a parliament whose faction
        // needs 0.8 (shares ≤ 2). Now heeding it (the event makes the buyer anticipate ratification), the buyer signs
        // at most 2, and the new parliament passes it: the second vote is the new parliament's.
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        RatifierProfile Parliament(double reservation) =>
            new("parliament", "buyer", 6, [new Faction("bloc", 10, utility, reservation)], RatificationRule.Always, Reopening: new Reopening(5, 1));
        var split = TestScenarios.Split(buyerRatifier: Parliament(0.5), buyerAnticipates: false);
        var heeding = split.Negotiators.Select(n => n with { AnticipatesRatification = true }).ToImmutableArray();
        var scenario = split with { Events = [new NegoSim.Model.Scenarios.ScenarioEvent(6, "an election", heeding, [Parliament(0.8)])] };

        var result = TestScenarios.Play(scenario);

        Assert.Equal(2, result.Votes.Length);
        Assert.False(result.Votes[0].Passed);
        Assert.True(result.Deal <= 2, $"deal {result.Deal}");
        Assert.Equal(OutcomeStatus.Ratified, result.Status);
        Assert.Equal(0.8, result.Votes[1].Factions[0].Reservation);
        Assert.Contains(result.Rounds, r => r.Round == 6 && r.Notes.Contains("an election"));
    }

    [Fact]
    public void More_doubt_about_the_parliament_never_makes_a_rejection_rarer()
    {
        // The property of the two-level game: widening the belief around the same median (0.5) can only add texts
        // signed at even odds that then fail. Rates of first-vote failures, 600 runs each, with room for chance.
        var previous = -1.0;
        foreach (var width in new[] { 0.0, 0.1, 0.2, 0.3 })
        {
            var parliament = UncertainParliament(null, 0.5 - (width / 2), 0.5 + (width / 2));
            var scenario = TestScenarios.Split(buyerRatifier: parliament);
            scenario = scenario with { Negotiators = [scenario.Negotiators[0], scenario.Negotiators[1] with { Confidence = 0.5 }] };
            var failed = Enumerable.Range(0, 600).Count(seed => TestScenarios.Play(scenario, (ulong)seed).Status == OutcomeStatus.NotRatified) / 600.0;

            Assert.True(failed >= previous - 0.06, $"width {width}: failed {failed} after {previous}");
            previous = failed;
        }
    }
}
