using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;

namespace NegoSim.Model.Tests.Parties;

/// <summary>
/// Acceptance conditions, in the split game (share s worth s/10 to the seller, 1 − s/10 to the buyer, reservations
/// 0.2, linear targets from each side's best 1 to 0.2, five rounds, the seller proposing in rounds 1, 3, 5). By hand:
/// in round 3 (t = 0.5) the seller aims at 0.6 and offers the buyer's best of those, share 6, worth 0.4 to the buyer,
/// whose own target then is 0.6 — by default it refuses.
/// </summary>
public sealed class AcceptanceTests
{
    private static NegotiationResult Play(Acceptance? acceptance)
    {
        var split = TestScenarios.Split();
        return TestScenarios.Play(split with { Negotiators = [split.Negotiators[0], split.Negotiators[1] with { Acceptance = acceptance }] });
    }

    [Fact]
    public void A_constant_reached_accepts_what_the_target_would_not()
    {
        var result = Play(new Acceptance(false, 0.4, null));

        Assert.Equal((6, 3), (result.Deal, result.Round));
    }

    [Fact]
    public void From_its_time_on_anything_it_could_sign_is_accepted()
    {
        Assert.Equal((6, 3), (Play(new Acceptance(false, null, 0.5)).Deal, Play(new Acceptance(false, null, 0.5)).Round));
    }

    [Fact]
    public void Conditions_that_do_not_hold_in_round_3_leave_the_talks_as_the_target_would()
    {
        // AC_next in round 3: the buyer's own offer then (target 0.6) is share 4, worth 0.6 > 0.4. AC_time from 0.6:
        // round 3 is at 0.5. Neither accepts share 6; the rest of the talks are the default's.
        var byTarget = Play(null);

        Assert.Equal((byTarget.Deal, byTarget.Round), (Play(new Acceptance(true, null, null)).Deal, Play(new Acceptance(true, null, null)).Round));
        Assert.Equal((byTarget.Deal, byTarget.Round), (Play(new Acceptance(false, null, 0.6)).Deal, Play(new Acceptance(false, null, 0.6)).Round));
        Assert.NotEqual(3, byTarget.Round);
    }
}
