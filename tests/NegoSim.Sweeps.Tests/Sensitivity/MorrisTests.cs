using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Sweeps.Tests.Sensitivity;

public sealed class MorrisTests
{
    [Fact]
    public void Its_measures_are_SALib_s_on_the_same_trajectories()
    {
        // Three trajectories of y = 3a + b² + ab on the four-level grid (Δ = 2/3), written by hand; μ, μ* and σ from
        // SALib's morris.analyze on the same rows (by hand: a's effects are 3, 10/3 and 10/3, so μ = 29/9).
        const double t = 1.0 / 3;
        double[][] design = [[0, 0], [2 * t, 0], [2 * t, 2 * t], [t, 1], [t, t], [1, t], [1, t], [t, t], [t, 1]];
        var outputs = design.Select(x => (3 * x[0]) + (x[1] * x[1]) + (x[0] * x[1])).ToArray();

        var measures = MorrisAnalysis.Analyze(design, outputs, ["a", "b"], levels: 4);

        Assert.Equal([3.2222222222222228, 1.555555555555556], measures.Select(m => m.Mu), Near);
        Assert.Equal([3.2222222222222228, 1.555555555555556], measures.Select(m => m.MuStar), Near);
        Assert.Equal([0.19245008972987535, 0.19245008972987496], measures.Select(m => m.Sigma), Near);
    }

    [Theory]
    [InlineData(4, 3, 10, 1UL)]
    [InlineData(6, 5, 20, 2UL)]
    public void Every_trajectory_moves_each_parameter_once_by_delta_on_the_grid(int levels, int dimensions, int trajectories, ulong seed)
    {
        var delta = MorrisDesign.Delta(levels);
        var rows = MorrisDesign.Rows(trajectories, dimensions, levels, seed);

        Assert.Equal(trajectories * (dimensions + 1), rows.Length);
        Assert.All(rows.SelectMany(r => r), v => Assert.Equal(Math.Round(v * (levels - 1)), v * (levels - 1), 9));
        Assert.All(rows.SelectMany(r => r), v => Assert.InRange(v, 0, 1 + 1e-12));
        for (var t = 0; t < trajectories; t++)
        {
            var moved = new List<int>();
            for (var s = 0; s < dimensions; s++)
            {
                var (before, after) = (rows[(t * (dimensions + 1)) + s], rows[(t * (dimensions + 1)) + s + 1]);
                var changed = Enumerable.Range(0, dimensions).Where(j => before[j] != after[j]).ToList();
                Assert.Single(changed);
                Assert.Equal(delta, Math.Abs(after[changed[0]] - before[changed[0]]), 9);
                moved.Add(changed[0]);
            }

            Assert.Equal(Enumerable.Range(0, dimensions), moved.Order());
        }
    }

    [Fact]
    public void A_linear_output_has_its_slopes_as_mu_star_and_no_spread()
    {
        // y = 2a − 5b + 0c: every elementary effect is exactly the slope.
        var rows = MorrisDesign.Rows(30, 3, 4, 7);
        var measures = MorrisAnalysis.Analyze(rows, [.. rows.Select(x => (2 * x[0]) - (5 * x[1]))], ["a", "b", "c"], 4);

        Assert.Equal([2, -5, 0], measures.Select(m => m.Mu), (e, a) => Math.Abs(e - a) < 1e-9);
        Assert.Equal([2, 5, 0], measures.Select(m => m.MuStar), (e, a) => Math.Abs(e - a) < 1e-9);
        Assert.All(measures, m => Assert.Equal(0, m.Sigma, 9));
    }

    [Fact]
    public void An_odd_number_of_levels_is_refused()
    {
        Assert.Throws<NegoSim.Model.InputException>(() => MorrisDesign.Rows(2, 2, 5, 0));
    }

    private static bool Near(double expected, double actual) => Math.Abs(expected - actual) < 1e-9;
}
