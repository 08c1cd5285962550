using System.Globalization;
using NegoSim.Model;
using NegoSim.Sweeps;

namespace NegoSim.Cli.Tests.Sweeps;

public sealed class LatinHypercubeTests
{
    private static double[] Column(int points, string distribution, ulong seed, int axis = 0, (double?, double?) range = default)
    {
        var axes = Enumerable.Range(0, axis + 1).Select(i => VaryAxis.Parse($"p{i}~{distribution}")).ToList();
        return [.. LatinHypercube.Draw(points, axes, seed, _ => range).Select(p => double.Parse(p[axis], CultureInfo.InvariantCulture))];
    }

    [Theory]
    [InlineData(1, 0UL)]
    [InlineData(7, 1UL)]
    [InlineData(100, 42UL)]
    [InlineData(100, 43UL)]
    public void Every_stratum_of_every_axis_holds_exactly_one_point(int points, ulong seed)
    {
        // uniform(0,1000) cut into `points` strata of equal width: each must be hit once, on each of three axes.
        for (var axis = 0; axis < 3; axis++)
        {
            var strata = Column(points, "uniform(0,1000)", seed, axis).Select(v => (int)Math.Floor(v / 1000 * points)).Order();

            Assert.Equal(Enumerable.Range(0, points), strata);
        }
    }

    [Fact]
    public void The_same_seed_draws_the_same_points_and_another_seed_others()
    {
        Assert.Equal(Column(50, "uniform(0,1)", 7), Column(50, "uniform(0,1)", 7));
        Assert.NotEqual(Column(50, "uniform(0,1)", 7), Column(50, "uniform(0,1)", 8));
    }

    [Fact]
    public void Axes_are_paired_at_random_not_in_step()
    {
        var first = Column(100, "uniform(0,1)", 5, axis: 0);
        var second = Column(100, "uniform(0,1)", 5, axis: 1);

        Assert.NotEqual(first.Select(v => Math.Floor(v * 100)), second.Select(v => Math.Floor(v * 100)));
    }

    [Theory]
    // Standard normal quantiles from the tables (e.g. Abramowitz & Stegun, table 26.5).
    [InlineData(0.5, 0)]
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.001, -3.090232306)]
    [InlineData(0.9999, 3.719016485)]
    [InlineData(0.1, -1.281551566)]
    public void Normal_quantiles_match_the_tables(double p, double z)
    {
        Assert.Equal(z, StandardNormal.Quantile(p), 1e-8);
    }

    [Fact]
    public void A_normal_is_clipped_to_the_parameters_range()
    {
        var values = Column(500, "normal(0.5,10)", 3, range: (0, 1));

        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.Contains(0.0, values);
        Assert.Contains(1.0, values);
    }

    [Theory]
    [InlineData("w~uniform(1,0)", "needs A < B")]
    [InlineData("w~normal(0.5,0)", "needs SD > 0")]
    [InlineData("w~gamma(1,2)", "unknown distribution 'gamma'")]
    [InlineData("w~uniform(0)", "takes two numbers")]
    public void Bad_distributions_are_refused(string text, string message)
    {
        var error = Assert.Throws<InputException>(() => VaryAxis.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
