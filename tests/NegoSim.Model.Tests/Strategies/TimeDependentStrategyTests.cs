using NegoSim.Model.Strategies;

namespace NegoSim.Model.Tests.Strategies;

public sealed class TimeDependentStrategyTests
{
    private static readonly TargetBounds Bounds = new(Reservation: 0.2, BestFeasible: 1);

    [Theory]
    [InlineData(0.0, 1.0)] // τ(0) = u_max
    [InlineData(1.0, 0.2)] // τ(1) = r
    [InlineData(0.5, 0.6)] // linear: halfway
    public void Linear_target_at_known_points(double time, double expected)
    {
        Assert.Equal(expected, TimeDependentStrategy.Linear.Start().Target(time, Bounds), 12);
    }

    [Fact]
    public void Boulware_holds_out_until_late()
    {
        // e = 0.2: τ(0.5) = r + (u_max − r)(1 − 0.5^5) = 0.2 + 0.8 · 0.96875
        Assert.Equal(0.975, TimeDependentStrategy.Boulware.Start().Target(0.5, Bounds), 12);
    }

    [Fact]
    public void Conceder_gives_ground_early()
    {
        // e = 2: τ(0.25) = 0.2 + 0.8 · (1 − 0.25^0.5) = 0.6
        Assert.Equal(0.6, TimeDependentStrategy.Conceder.Start().Target(0.25, Bounds), 12);
    }

    [Fact]
    public void Presets_carry_the_genius_exponents()
    {
        Assert.Equal(0.2, TimeDependentStrategy.Boulware.Exponent);
        Assert.Equal(1, TimeDependentStrategy.Linear.Exponent);
        Assert.Equal(2, TimeDependentStrategy.Conceder.Exponent);
    }

    [Fact]
    public void A_non_positive_exponent_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new TimeDependentStrategy(0));
    }
}
