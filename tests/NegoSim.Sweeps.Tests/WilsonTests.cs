namespace NegoSim.Sweeps.Tests;

public sealed class WilsonTests
{
    [Theory]
    // Reference values: Newcombe (1998), Statistics in Medicine 17:857–872, table I, method 3 (Wilson score, no correction).
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_the_published_intervals(long successes, long trials, double low, double high)
    {
        var (l, h) = Wilson.Interval95(successes, trials);

        Assert.Equal(low, l, 3);
        Assert.Equal(high, h, 3);
    }
}
