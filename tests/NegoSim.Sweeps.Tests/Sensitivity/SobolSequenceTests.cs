using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Sweeps.Tests.Sensitivity;

public sealed class SobolSequenceTests
{
    [Fact]
    public void Unscrambled_it_is_the_published_Sobol_sequence()
    {
        // The first eight points of the two-dimensional Sobol' sequence (Joe and Kuo; scipy's qmc.Sobol(d=2, scramble=False)).
        double[][] expected = [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75], [0.375, 0.375], [0.875, 0.875], [0.625, 0.125], [0.125, 0.625]];
        var sequence = new SobolSequence(2, null);

        Assert.Equal(expected, Enumerable.Range(0, 8).Select(_ => sequence.Next()));
    }

    [Theory]
    [InlineData(1UL, 6, 5)]
    [InlineData(2UL, 12, 8)]
    [InlineData(3UL, 40, 10)]
    public void Scrambled_every_power_of_two_of_its_points_fills_each_dyadic_interval_once(ulong seed, int dimensions, int power)
    {
        // The balance that makes it a (t, s)-sequence's net: 2^k points, one in each [i/2^k, (i + 1)/2^k) per coordinate.
        var sequence = new SobolSequence(dimensions, seed);
        var points = Enumerable.Range(0, 1 << power).Select(_ => sequence.Next()).ToList();

        for (var d = 0; d < dimensions; d++)
        {
            Assert.Equal(Enumerable.Range(0, 1 << power), points.Select(p => (int)(p[d] * (1 << power))).Order());
        }

        Assert.DoesNotContain(points, p => p.Any(x => x == 0));
    }

    [Fact]
    public void The_same_seed_scrambles_the_same_way_and_another_seed_otherwise()
    {
        static double[] First(ulong seed) => new SobolSequence(3, seed).Next();

        Assert.Equal(First(5), First(5));
        Assert.NotEqual(First(5), First(6));
    }
}
