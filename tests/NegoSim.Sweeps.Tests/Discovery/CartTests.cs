using NegoSim.Sweeps.Discovery;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Tests.Discovery;

/// <summary>
/// The classification tree against scikit-learn's <c>DecisionTreeClassifier(min_samples_leaf=50)</c> on the
/// categories' dummies, as EMA Workbench's CART builds it, fitted in Python on Data/prim-1000.csv (the same tree for
/// every random_state tried): the leaves in the tree's order, each with its share of the points and of cases.
/// </summary>
public sealed class CartTests
{
    [Fact]
    public void Its_leaves_are_scikit_learn_s()
    {
        var table = SweepTable.Read(Path.Combine(AppContext.BaseDirectory, "Data", "prim-1000.csv"));
        var columns = new[] { "x1", "x2", "k", "cat" }.Select(name => PrimColumn.Of(name, [.. table.Rows.Select(r => r[table.IndexOf(name)])])).ToList();
        bool[] y = [.. table.Rows.Select(r => r[table.IndexOf("y")] == "1")];

        var result = new Cart(columns, y).Find(0.8);

        // scikit-learn's leaves: (share of the points, share of cases among them).
        (double Mass, double Density)[] expected =
        [
            (0.059, 0.0847), (0.338, 0.0), (0.071, 0.0563), (0.061, 0.0), (0.05, 0.02),
            (0.055, 0.4), (0.128, 1.0), (0.071, 0.0423), (0.091, 0.0), (0.076, 0.4211),
        ];
        Assert.Equal(expected.Length, result.Leaves.Length);
        Assert.Equal(expected, result.Leaves.Select(l => (Math.Round(l.Mass, 4), Math.Round(l.Density, 4))));

        // The pure leaf, by scikit-learn's path to it: x1 > 0.604358, x2 ≤ 3.900631, k > 7.5 (whole numbers: from 8 on).
        // (scikit-learn keeps thresholds in single precision; these agree to six places.)
        var chosen = result.ChosenLeaf;
        Assert.Equal(6, result.Chosen);
        Assert.Equal(1.0, chosen.Density);
        var limits = chosen.Box.ToDictionary(l => l.Parameter);
        Assert.Equal(0.604358, limits["x1"].Low, 6);
        Assert.Equal(3.900631, limits["x2"].High, 6);
        Assert.Equal(8, limits["k"].Low);
    }
}
