using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Protocol;

/// <summary>
/// Two chambers ratify the buyer's signature and both must pass. In the split game (share s worth s/10 to the seller,
/// 1 − s/10 to the buyer) a chamber of one faction with reservation x passes the shares with 1 − s/10 ≥ x.
/// </summary>
public sealed class BicameralTests
{
    private static RatifierProfile Chamber(string name, double reservation)
    {
        var space = new OutcomeSpace([new RangeTerm("share", 0, 10, 1)]);
        var utility = new UtilityFunction(space, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") });
        return new RatifierProfile(name, "buyer", 6, [new Faction("bloc", 10, utility, reservation)], RatificationRule.Always);
    }

    private static NegoSim.Model.Scenarios.Scenario Split(params RatifierProfile[] chambers) =>
        TestScenarios.Split() with { Ratifiers = [.. chambers] };

    [Fact]
    public void The_stricter_chamber_binds_the_anticipating_buyer()
    {
        // House passes s ≤ 5 (reservation 0.5), senate s ≤ 4 (0.6): the buyer holds out for 4, which both pass.
        var result = TestScenarios.Play(Split(Chamber("house", 0.5), Chamber("senate", 0.6)));

        Assert.Equal(4, result.Deal);
        Assert.Equal(OutcomeStatus.Ratified, result.Status);
        Assert.Equal(["house", "senate"], result.Votes.Select(v => v.Ratifier));
        Assert.All(result.Votes, v => Assert.True(v.Passed));
    }

    [Fact]
    public void The_order_of_the_chambers_does_not_matter()
    {
        Assert.Equal(
            TestScenarios.Play(Split(Chamber("house", 0.5), Chamber("senate", 0.6))).Deal,
            TestScenarios.Play(Split(Chamber("senate", 0.6), Chamber("house", 0.5))).Deal);
    }

    [Fact]
    public void A_deal_one_chamber_refuses_is_not_ratified_even_when_the_other_passes_it()
    {
        // A buyer that ignores its chambers signs 6 (as with one parliament: AlternatingOffersTests); the house
        // (reservation 0.3: s ≤ 7) passes it, the senate (0.5: s ≤ 5) does not.
        var scenario = Split(Chamber("house", 0.3), Chamber("senate", 0.5));
        scenario = scenario with { Negotiators = [scenario.Negotiators[0], scenario.Negotiators[1] with { AnticipatesRatification = false }] };

        var result = TestScenarios.Play(scenario);

        Assert.Equal(6, result.Deal);
        Assert.Equal(OutcomeStatus.NotRatified, result.Status);
        Assert.Equal([true, false], result.Votes.Select(v => v.Passed));
    }
}
