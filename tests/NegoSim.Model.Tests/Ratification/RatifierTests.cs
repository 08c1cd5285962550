using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Factions_that_share_their_utilities_pass_at_each_reservation_what_their_seats_add_up_to(int seed)
    {
        // Three factions over 6 × 5 × 4 outcomes; each ratifier below gives them other reservations but the same
        // utility objects (as a sweep's points share a faction's interned utility): each win-set, asked in turn, must
        // be the outcomes whose supporting seats (every faction's utility evaluated term by term) reach the threshold.
        var random = new RunRandom((ulong)seed);
        var space = new OutcomeSpace([new RangeTerm("a", 0, 5, 1), new RangeTerm("b", 0, 4, 1), new RangeTerm("c", 0, 3, 1)]);
        var utilities = Enumerable.Range(0, 3).Select(_ => new UtilityFunction(
            space,
            new Dictionary<string, double> { ["a"] = random.NextDouble(), ["b"] = random.NextDouble(), ["c"] = random.NextDouble() },
            new Dictionary<string, ValueFunction> { ["a"] = new BestValue("0", "5"), ["b"] = new BestValue("4", "0"), ["c"] = new BestValue("3", "0") })).ToArray();
        int[] seats = [40, 35, 25];
        var reservations = new[] { 0.2, 0.5, 0.7, 0.5, 0.2, 0.9, 0.2 };
        var sizes = new HashSet<int>();
        for (var round = 0; round < reservations.Length; round++)
        {
            var factions = utilities.Select((u, i) => new Faction($"f{i}", seats[i], u, i == 1 ? reservations[round] : reservations[(round + i) % reservations.Length])).ToArray();
            var profile = new RatifierProfile("parliament", "buyer", 51, [.. factions], RatificationRule.Always);

            var winSet = Ratifier.WinSetOf(profile, space);

            var expected = Enumerable.Range(0, space.Count).Where(o => factions.Where(f => f.Utility.Evaluate(o) >= f.Reservation - Tolerance.Utility).Sum(f => f.Seats) >= 51).ToArray();
            Assert.Equal(expected, Enumerable.Range(0, space.Count).Where(winSet.Contains).ToArray());
            Assert.Equal(expected.Length, winSet.Count);
            sizes.Add(expected.Length);
        }

        Assert.True(sizes.Count > 1, "the reservations should make win-sets of different sizes");
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
