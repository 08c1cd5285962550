using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Ratification;

/// <summary>
/// A referendum: share s of a treaty worth 1 − s/10 to the voters, whose reservation is 0.5 with spread 0.1. With a
/// swing w ~ N(0, σ²), share s passes when 1 − s/10 − 0.5 &gt; w: with probability Φ((0.5 − s/10)/σ).
/// </summary>
public sealed class ReferendumTests
{
    private static readonly OutcomeSpace Shares = new([new RangeTerm("share", 0, 10, 1)]);

    private static RatifierProfile Electorate(int voters, double swing, double drift = 0, double turnout = 1)
    {
        var utility = new UtilityFunction(Shares, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        var referendum = new Referendum(voters, turnout, 0.1, swing, drift);
        return new RatifierProfile("voters", "buyer", referendum.Threshold, [new Faction(Referendum.VotersFaction, referendum.Cast, utility, 0.5)], RatificationRule.Always, referendum);
    }

    [Fact]
    public void The_chance_of_passing_is_the_normal_chance_that_the_swing_stays_below_the_margin()
    {
        // Share 4: margin 0.1; σ = 0.1: Φ(1) = 0.841345. Share 5: margin 0: 1/2. Share 6: Φ(−1) = 0.158655.
        var p = PassProbability.Of(Electorate(1000, 0.1), Shares);

        Assert.Equal(0.841345, p[4], 1e-5);
        Assert.Equal(0.5, p[5], 1e-6);
        Assert.Equal(0.158655, p[6], 1e-5);
    }

    [Fact]
    public void Votes_pass_as_often_as_the_chance_says()
    {
        // A second method: 4,000 simulated votes on share 4 against Φ(1) = 0.8413 (sd 0.006).
        var ratifier = new Ratifier(Electorate(1001, 0.1));
        var passed = Enumerable.Range(0, 4000).Count(seed => ratifier.Vote(4, new RunRandom((ulong)seed)).Passed) / 4000.0;

        Assert.InRange(passed, 0.82, 0.86);
    }

    [Fact]
    public void How_many_voters_there_are_changes_the_tally_not_the_verdict()
    {
        // The upset chance does not hang on a unit: a thousand voters or four million, the same swings decide the same way.
        var (few, many) = (new Ratifier(Electorate(1001, 0.1)), new Ratifier(Electorate(4_000_001, 0.1)));
        for (var seed = 0UL; seed < 300; seed++)
        {
            var (a, b) = (few.Vote(5, new RunRandom(seed)), many.Vote(5, new RunRandom(seed)));
            Assert.Equal(a.Passed, b.Passed);
            Assert.Equal(a.Yes / 1001.0, b.Yes / 4_000_001.0, 0.001);
        }
    }

    [Fact]
    public void The_tally_splits_the_votes_cast_by_the_turnout()
    {
        // 2,000 voters, turnout 0.6: 1,200 votes cast. Without a swing share 5 sits on the reservation: half say yes, 600 of 1,200, and it fails (601 needed).
        var vote = new Ratifier(Electorate(2000, 0, turnout: 0.6)).Vote(5, new RunRandom(1));

        Assert.Equal(1200, vote.Yes + vote.No);
        Assert.Equal(601, vote.Threshold);
        Assert.Equal(600, vote.Yes);
        Assert.False(vote.Passed);
    }

    [Fact]
    public void Without_a_drift_one_tally_shows_the_swing()
    {
        // The tally's share gives w = u − r − spread·Φ⁻¹(share); the vote's record holds the truth r + w to compare.
        var profile = Electorate(4_000_001, 0.1);
        for (var seed = 0UL; seed < 20; seed++)
        {
            var vote = new Ratifier(profile).Vote(5, new RunRandom(seed));
            var learned = profile.After([vote]).Referendum!;

            Assert.Equal(vote.Factions[0].Reservation - 0.5, learned.BelievedSwing, 3);
            Assert.Equal(0, learned.SwingDoubt);
        }
    }

    [Fact]
    public void With_a_drift_a_tally_halves_the_doubt_when_drift_and_swing_are_alike()
    {
        // Prior N(0, 0.1²), drift 0.1: k = 1/2, the mean moves halfway to what the tally showed, the variance halves.
        var referendum = new Referendum(1000, 1, 0.1, 0.1, 0.1);
        var learned = referendum.Learn(0.5, 0.5, 300, 1000);

        var shown = -0.1 * NegoSim.Model.StandardNormal.Quantile(0.3);
        Assert.Equal(shown / 2, learned.BelievedSwing, 6);
        Assert.Equal(0.1 / Math.Sqrt(2), learned.SwingDoubt, 6);
    }
}
