using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Strategies;

public sealed class TitForTatStrategyTests
{
    private static readonly TargetBounds Bounds = new(Reservation: 0.3, BestFeasible: 0.9);

    [Fact]
    public void Starts_at_its_best_and_mirrors_the_counterparts_concessions()
    {
        var state = TitForTatStrategy.Instance.Start();
        Assert.Equal(0.9, state.Target(0, Bounds));

        state.ObserveOffer("other", 0.1, Bounds);
        Assert.Equal(0.9, state.Target(0.1, Bounds));

        state.ObserveOffer("other", 0.25, Bounds);
        Assert.Equal(0.75, state.Target(0.2, Bounds), 12);

        state.ObserveOffer("other", 0.2, Bounds); // a step back is not mirrored as a gain
        Assert.Equal(0.75, state.Target(0.3, Bounds), 12);
    }

    [Fact]
    public void Never_goes_below_its_reservation()
    {
        var state = TitForTatStrategy.Instance.Start();
        state.ObserveOffer("other", 0, Bounds);
        state.ObserveOffer("other", 0.9, Bounds);

        Assert.Equal(0.3, state.Target(1, Bounds));
    }
}
