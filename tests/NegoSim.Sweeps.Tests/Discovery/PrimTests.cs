using NegoSim.Sweeps.Discovery;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Tests.Discovery;

/// <summary>
/// PRIM against EMA Workbench's (prim.Prim(x, y).find_box() with its defaults, run in Python on the same file):
/// Data/prim-1000.csv holds 1,000 points — two real inputs, a whole-number one and a category — whose cases of
/// interest lie mostly in x1 &gt; 0.6, x2 &lt; 4, k ≥ 5, plus some noise. The numbers below are EMA's.
/// </summary>
public sealed class PrimTests
{
    private static (List<PrimColumn> Columns, bool[] Y) Data()
    {
        var table = SweepTable.Read(Path.Combine(AppContext.BaseDirectory, "Data", "prim-1000.csv"));
        var columns = new[] { "x1", "x2", "k", "cat" }.Select(name => PrimColumn.Of(name, [.. table.Rows.Select(r => r[table.IndexOf(name)])])).ToList();
        return (columns, [.. table.Rows.Select(r => r[table.IndexOf("y")] == "1")]);
    }

    [Fact]
    public void Its_trajectory_is_EMA_Workbench_s_step_for_step()
    {
        // Each step: coverage, density, mass and restricted dimensions, from EMA's peeling_trajectory.
        double[][] expected =
        [
            [1.0, 0.195, 1.0, 0],
            [0.9846153846153847, 0.20210526315789473, 0.95, 1],
            [0.9743589743589743, 0.2106430155210643, 0.902, 1],
            [0.9743589743589743, 0.2219626168224299, 0.856, 1],
            [0.9641025641025641, 0.23124231242312424, 0.813, 1],
            [0.9641025641025641, 0.24352331606217617, 0.772, 1],
            [0.9641025641025641, 0.25648021828103684, 0.733, 1],
            [0.9641025641025641, 0.27011494252873564, 0.696, 1],
            [0.958974358974359, 0.28290468986384265, 0.661, 1],
            [0.958974358974359, 0.2982456140350877, 0.627, 1],
            [0.9538461538461539, 0.3126050420168067, 0.595, 1],
            [0.9487179487179487, 0.3274336283185841, 0.565, 1],
            [0.9487179487179487, 0.3451492537313433, 0.536, 1],
            [0.9487179487179487, 0.36345776031434185, 0.509, 1],
            [0.9487179487179487, 0.3830227743271222, 0.483, 1],
            [0.9487179487179487, 0.4039301310043668, 0.458, 1],
            [0.9487179487179487, 0.42528735632183906, 0.435, 1],
            [0.9384615384615385, 0.4430992736077482, 0.413, 2],
            [0.9384615384615385, 0.4621212121212121, 0.396, 2],
            [0.9179487179487179, 0.47229551451187335, 0.379, 2],
            [0.9025641025641026, 0.5014245014245015, 0.351, 2],
            [0.8769230769230769, 0.5245398773006135, 0.326, 2],
            [0.8615384615384616, 0.5436893203883495, 0.309, 3],
            [0.8564102564102564, 0.5699658703071673, 0.293, 3],
            [0.8512820512820513, 0.5971223021582733, 0.278, 3],
            [0.841025641025641, 0.6212121212121212, 0.264, 3],
            [0.8307692307692308, 0.648, 0.25, 3],
            [0.8102564102564103, 0.6666666666666666, 0.237, 3],
            [0.7948717948717948, 0.6888888888888889, 0.225, 3],
            [0.7794871794871795, 0.7136150234741784, 0.213, 3],
            [0.7743589743589744, 0.7475247524752475, 0.202, 3],
            [0.764102564102564, 0.7801047120418848, 0.191, 3],
            [0.764102564102564, 0.8232044198895028, 0.181, 3],
            [0.7589743589743589, 0.8654970760233918, 0.171, 3],
            [0.7589743589743589, 0.9135802469135802, 0.162, 3],
            [0.7589743589743589, 0.9673202614379085, 0.153, 3],
            [0.7384615384615385, 0.993103448275862, 0.145, 3],
            [0.7025641025641025, 1.0, 0.137, 3],
        ];
        var (columns, y) = Data();

        var result = new Prim(columns, y).Find(0.8);

        Assert.Equal([PrimKind.Real, PrimKind.Real, PrimKind.Integer, PrimKind.Nominal], columns.Select(c => c.Kind));
        Assert.Equal(expected.Length, result.Trajectory.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var step = result.Trajectory[i];
            Assert.Equal(expected[i], [step.Coverage, step.Density, step.Mass, step.RestrictedDimensions], (e, a) => Math.Abs(e - a) < 1e-12);
        }
    }

    [Fact]
    public void The_box_chosen_at_density_0_8_has_EMA_s_limits_and_quasi_p_values()
    {
        // The box of largest coverage with density ≥ 0.8 is step 32: x1 ≥ 0.5950235, x2 ≤ 4.885967, k ≥ 5.
        var (columns, y) = Data();

        var result = new Prim(columns, y).Find(0.8);

        Assert.Equal(32, result.Chosen);
        var limits = result.Box.ToDictionary(l => l.Parameter);
        Assert.Equal(["x1", "x2", "k"], result.Box.Select(l => l.Parameter));
        Assert.Equal((0.5950234999999999, 0.999783), (limits["x1"].Low, limits["x1"].High));
        Assert.Equal((0.017558, 4.885967), (limits["x2"].Low, limits["x2"].High));
        Assert.Equal((5.0, 20.0), (limits["k"].Low, limits["k"].High));
        Assert.Equal(1.0348819231378022e-33, limits["x1"].QuasiPLow!.Value, 1e-42);
        Assert.Null(limits["x1"].QuasiPHigh);
        Assert.Equal(3.8847957104098226e-17, limits["x2"].QuasiPHigh!.Value, 1e-25);
        Assert.Equal(7.474137278880006e-07, limits["k"].QuasiPLow!.Value, 1e-15);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 0.05, 1.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 0.95, 4.5)]
    [InlineData(new double[] { 1, 1, 1, 2, 3 }, 0.05, 1.5)]
    [InlineData(new double[] { 1, 2, 3, 3, 3 }, 0.95, 2.5)]
    public void Its_quantile_is_EMA_s_midpoint_past_equal_values(double[] sorted, double quantile, double expected)
    {
        // EMA's get_quantile: (n − 1)q lies between two order statistics; equal values are stepped past, away from the median.
        Assert.Equal(expected, Prim.Quantile(sorted, quantile));
    }
}
