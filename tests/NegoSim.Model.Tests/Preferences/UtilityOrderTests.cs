using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Preferences;

/// <summary>The order of outcomes by utility: highest first, equal utilities in canonical order — for any table.</summary>
public sealed class UtilityOrderTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 5808)]
    [InlineData(4, 100_000)]
    public void It_is_the_comparison_sort_s_order_ties_in_canonical_order(int seed, int size)
    {
        // Values drawn from a few levels (many ties), with −0 and 0 among them, negatives and tiny differences.
        var random = new RunRandom((ulong)seed);
        double[] levels = [0, -0.0, 1, 0.25, 0.2500000000000001, -0.5, 1e-300, 0.75, double.Epsilon];
        var table = Enumerable.Range(0, size).Select(_ => random.NextDouble() < 0.5 ? levels[(int)(random.NextUInt64() % (ulong)levels.Length)] : random.NextDouble()).ToArray();

        var expected = Enumerable.Range(0, size).OrderByDescending(o => table[o]).ThenBy(o => o).ToArray();

        Assert.Equal(expected, UtilityFunction.Order(table));
    }
}
