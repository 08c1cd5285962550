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
    public void A_normal_is_truncated_to_the_parameters_range_not_piled_on_its_bounds()
    {
        // normal(0.5, 10) on [0, 1] is all but flat there: about a tenth of the draws in each tenth, none on a bound.
        var values = Column(500, "normal(0.5,10)", 3, range: (0, 1));

        Assert.All(values, v => Assert.InRange(v, 0, 1));
        Assert.True(values.Count(v => v is <= 0.001 or >= 0.999) <= 2);
        Assert.All(Enumerable.Range(0, 10), t => Assert.InRange(values.Count(v => Math.Floor(v * 10) == t), 45, 55));
    }

    [Fact]
    public void A_normal_truncated_at_its_mean_has_the_half_normal_s_median()
    {
        // The half-normal's median is Φ⁻¹(0.75) = 0.674490 (tables); 1,001 stratified draws put their median within 0.002.
        var values = Column(1001, "normal(0,1)", 9, range: (0, null)).Order().ToArray();

        Assert.Equal(0.674490, values[500], 0.002);
    }

    [Fact]
    public void Whole_numbers_and_options_are_drawn_as_evenly_as_the_strata_allow()
    {
        // 370 strata over the 37 whole numbers 4…40: each number holds exactly ten; 300 over three options: a hundred each.
        var axes = new[] { VaryAxis.Parse("deadline~int(4,40)"), VaryAxis.Parse("strategy~choice(boulware,linear,conceder)") };
        var whole = LatinHypercube.Draw(370, axes[..1], 1, _ => default).Select(p => p[0]).ToList();
        var chosen = LatinHypercube.Draw(300, axes[1..], 1, _ => default).Select(p => p[0]).ToList();

        Assert.Equal(Enumerable.Range(4, 37).Select(n => n.ToString(CultureInfo.InvariantCulture)), whole.Distinct().OrderBy(int.Parse));
        Assert.All(whole.GroupBy(v => v), g => Assert.Equal(10, g.Count()));
        Assert.All(chosen.GroupBy(v => v), g => Assert.Equal(100, g.Count()));
        Assert.Equal(3, chosen.Distinct().Count());
    }

    [Fact]
    public void A_whole_number_range_is_cut_to_the_parameter_s_range()
    {
        var values = Column(100, "int(0,100)", 2, range: (10, 20));

        Assert.Equal(Enumerable.Range(10, 11).Select(v => (double)v), values.Distinct().Order());
    }

    [Theory]
    [InlineData("w~uniform(1,0)", "needs A < B")]
    [InlineData("w~normal(0.5,0)", "needs SD > 0")]
    [InlineData("w~gamma(1,2)", "unknown distribution 'gamma'")]
    [InlineData("w~uniform(0)", "takes two numbers")]
    [InlineData("w~int(4.5,40)", "needs whole numbers A < B")]
    [InlineData("w~choice(a)", "two or more different options")]
    [InlineData("w~choice(a,a)", "two or more different options")]
    public void Bad_distributions_are_refused(string text, string message)
    {
        var error = Assert.Throws<InputException>(() => VaryAxis.Parse(text));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
