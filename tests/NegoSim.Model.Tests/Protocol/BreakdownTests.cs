using NegoSim.Model.Protocol;

namespace NegoSim.Model.Tests.Protocol;

public sealed class BreakdownTests
{
    private const int Runs = 2000;

    [Fact]
    public void Talks_without_a_zone_of_agreement_break_down_before_the_deadline_as_often_as_the_risk_says()
    {
        // Seller needs share ≥ 6, buyer ≤ 4: never a deal. Five rounds, risk 0.2 after each of the first four: the talks
        // reach round 5 with probability 0.8⁴ = 0.4096, so 0.5904 break down first (2,000 runs: sd 0.011).
        var split = TestScenarios.Split(sellerReservation: 0.6, buyerReservation: 0.6);
        var risky = split with { Protocol = split.Protocol with { Breakdown = 0.2 } };

        var results = Enumerable.Range(0, Runs).Select(seed => TestScenarios.Play(risky, (ulong)seed)).ToList();

        Assert.All(results, r => Assert.Equal(OutcomeStatus.NoAgreement, r.Status));
        var brokeDown = results.Count(r => r.Rounds[^1].Notes.Contains(AlternatingOffers.BrokeDown));
        Assert.Equal(brokeDown, results.Count(r => r.Rounds.Length < 5));
        Assert.InRange(brokeDown / (double)Runs, 0.54, 0.64);
    }
}
