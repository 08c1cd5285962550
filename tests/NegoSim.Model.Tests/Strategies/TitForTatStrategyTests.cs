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

        state.ObserveOffer("other", 0, 0.1, Bounds);
        Assert.Equal(0.9, state.Target(0.1, Bounds));

        state.ObserveOffer("other", 0, 0.25, Bounds);
        Assert.Equal(0.75, state.Target(0.2, Bounds), 12);

        state.ObserveOffer("other", 0, 0.2, Bounds); // a step back is not mirrored as a gain
        Assert.Equal(0.75, state.Target(0.3, Bounds), 12);
    }

    [Fact]
    public void Never_goes_below_its_reservation()
    {
        var state = TitForTatStrategy.Instance.Start();
        state.ObserveOffer("other", 0, 0, Bounds);
        state.ObserveOffer("other", 0, 0.9, Bounds);

        Assert.Equal(0.3, state.Target(1, Bounds));
    }

    [Fact]
    public void Averaged_mirrors_the_mean_gain_over_its_window()
    {
        // Offers worth 0.1, 0.2, 0.5 to it, window 2: after the second, the gain over the one offer before (0.1); after
        // the third, over the two before it: (0.5 − 0.1)/2 = 0.2. Conceded 0.3 from 0.9.
        var state = new TitForTatStrategy(Imitation.Averaged, 2).Start();
        state.ObserveOffer("other", 0, 0.1, Bounds);
        state.ObserveOffer("other", 0, 0.2, Bounds);
        Assert.Equal(0.8, state.Target(0.2, Bounds), 12);

        state.ObserveOffer("other", 0, 0.5, Bounds);
        Assert.Equal(0.6, state.Target(0.3, Bounds), 12);
    }

    [Fact]
    public void Relative_concedes_the_share_of_its_room_that_the_counterpart_closed_of_the_gap()
    {
        // Target 0.9, their offers worth 0.1 then 0.3: they closed (0.3 − 0.1)/(0.9 − 0.1) = a quarter of the gap, so it
        // gives up a quarter of its room 0.9 − 0.3: 0.15, to 0.75.
        var state = new TitForTatStrategy(Imitation.Relative).Start();
        state.ObserveOffer("other", 0, 0.1, Bounds);
        state.ObserveOffer("other", 0, 0.3, Bounds);

        Assert.Equal(0.75, state.Target(0.2, Bounds), 12);
    }

    [Fact]
    public void A_window_below_one_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TitForTatStrategy(Imitation.Averaged, 0));
    }
}
