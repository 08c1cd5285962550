using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Ratification;

public sealed class RatifierTests
{
    private static readonly NegoSim.Model.Outcomes.OutcomeSpace Space = TestScenarios.Split().Space;

    [Fact]
    public void The_win_set_is_what_a_disciplined_vote_would_pass()
    {
        var winSet = Ratifier.WinSetOf(TestScenarios.Parliament(), Space);

        Assert.Equal(6, winSet.Count);
        Assert.True(winSet.Contains(5));
        Assert.False(winSet.Contains(6));
    }

    [Fact]
    public void A_disciplined_faction_votes_all_its_seats_its_line()
    {
        var vote = new Ratifier(TestScenarios.Parliament()).Vote(4, new RunRandom(1));

        Assert.True(vote.Passed);
        Assert.Equal((10, 0), (vote.Yes, vote.No));
        Assert.Equal(0.6, vote.Factions[0].Utility, 12);
    }

    [Fact]
    public void Undisciplined_seats_defect_by_chance_the_same_way_for_the_same_seed()
    {
        var ratifier = new Ratifier(TestScenarios.Parliament(discipline: 0.5));

        var tallies = Enumerable.Range(0, 200).Select(seed => ratifier.Vote(0, new RunRandom((ulong)seed)).Yes).ToList();

        Assert.Equal(tallies, Enumerable.Range(0, 200).Select(seed => ratifier.Vote(0, new RunRandom((ulong)seed)).Yes));
        Assert.True(tallies.Distinct().Count() > 3, "a coin-flip faction should split differently across seeds");
        Assert.InRange(tallies.Average(), 4, 6); // 10 seats at 0.5: mean 5, standard error ≈ 0.11
    }
}
