using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Ratification;

/// <summary>
/// Abstention, a threshold as a share of the votes cast, and a quorum, by hand. A chamber of 100: A (40 seats,
/// reservation 0.5), B (35, reservation 0.7, abstains within 0.3 of it), C (25, reservation 0.9); share s is worth
/// 1 − s/10 to each. A majority of the votes cast (yes and no) passes.
/// </summary>
public sealed class AbstentionTests
{
    private static readonly OutcomeSpace Shares = new([new RangeTerm("share", 0, 10, 1)]);

    private static Faction Bloc(string name, int seats, double reservation, double band = 0, ReservationBelief? belief = null) =>
        new(name, seats, new UtilityFunction(Shares, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") }), belief?.Median ?? reservation, 1, belief, band);

    private static RatifierProfile Chamber(int quorum = 0, ReservationBelief? belief = null) => new(
        "chamber", "buyer", 1, [Bloc("a", 40, 0.5), Bloc("b", 35, 0.7, 0.3, belief), Bloc("c", 25, 0.9)], RatificationRule.Always,
        OfCast: new CastShare(0.5, MoreThan: true), Quorum: quorum);

    [Fact]
    public void A_faction_within_its_band_abstains_and_a_majority_of_those_voting_passes()
    {
        // Share 5 (worth 0.5): A yes 40; B, 0.2 short of 0.7, abstains with its 35; C no 25. Cast 65: 33 needed; 40 yes.
        var vote = new Ratifier(Chamber()).Vote(5, new RunRandom(0));

        Assert.Equal((40, 25, 35), (vote.Yes, vote.No, vote.Abstain));
        Assert.Equal(33, vote.Threshold);
        Assert.True(vote.Passed);
        Assert.Equal(35, vote.Factions.Single(f => f.Name == "b").Abstain);
    }

    [Fact]
    public void The_same_tally_fails_a_majority_of_all_seats()
    {
        // 40 yes of 100 seats: a seat-counted majority (51) refuses what a majority of those voting passes.
        var seats = Chamber() with { OfCast = null, Threshold = 51 };

        Assert.False(new Ratifier(seats).Vote(5, new RunRandom(0)).Passed);
        Assert.False(Ratifier.WinSetOf(seats, Shares).Contains(5));
        Assert.True(Ratifier.WinSetOf(Chamber(), Shares).Contains(5));
    }

    [Fact]
    public void Without_the_quorum_of_votes_cast_a_majority_is_not_enough()
    {
        // Quorum 70: share 5 has 65 votes cast (35 abstain): it fails. Share 3 (worth 0.7): A and B yes, C no: 100 cast, passes.
        var chamber = Chamber(quorum: 70);

        var vote = new Ratifier(chamber).Vote(5, new RunRandom(0));
        Assert.False(vote.Passed);
        Assert.Equal(70, vote.Quorum);
        Assert.True(new Ratifier(chamber).Vote(3, new RunRandom(0)).Passed);
        Assert.Equal([true, true, true, true, false, false, false, false, false, false, false], Enumerable.Range(0, 11).Select(Ratifier.WinSetOf(chamber, Shares).Contains));
    }

    [Fact]
    public void With_doubt_about_the_abstainer_the_chance_of_passing_is_its_chance_of_abstaining_rather_than_voting_no()
    {
        // B's reservation uniform on [0.5, 0.9], band 0.3. At share 5 (worth 0.5) it says yes with chance 0, abstains when
        // its reservation is at most 0.8 (3/4), says no otherwise. Abstaining, 40 yes against 25 pass; saying no, 40 against 60 fail.
        var chamber = Chamber(belief: new ReservationBelief("uniform", 0.5, 0.9));

        Assert.Equal(0.75, PassProbability.Of(chamber, Shares)[5], 6);

        // A second method: votes drawn from the truth.
        var passed = Enumerable.Range(0, 4000).Count(seed => new Ratifier(chamber).Vote(5, new RunRandom((ulong)seed)).Passed) / 4000.0;
        Assert.InRange(passed, 0.72, 0.78);
    }

    [Fact]
    public void An_abstention_heard_narrows_the_belief_to_the_band()
    {
        // B abstained on a text worth 0.5: its reservation is above 0.5 and at most 0.8.
        var chamber = Chamber(belief: new ReservationBelief("uniform", 0.3, 0.9));
        var abstained = new RatificationVote("chamber", "buyer", 33, 40, 25, [new FactionVote("b", 35, 0.5, 0.6, false, 0, 0, 35)], 1, 35);

        var learned = chamber.After([abstained]).Factions.Single(f => f.Name == "b").Belief!;

        Assert.Equal(0, learned.Cdf(0.5), 6);
        Assert.Equal(0.5, learned.Cdf(0.65), 3);
        Assert.Equal(1, learned.Cdf(0.81), 6);
    }
}
