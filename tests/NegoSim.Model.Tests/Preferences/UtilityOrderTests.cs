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

    [Theory]
    [InlineData(5, 5808, 100)]
    [InlineData(6, 20_000, 100)]
    [InlineData(7, 400, 4)]
    [InlineData(8, 1200, 7)]
    [InlineData(9, 5808, 1 << 30)]
    public void Near_ties_are_in_full_order_and_exact_ties_in_canonical_order(int seed, int size, int spread)
    {
        // Utilities within about a millionth of each other (the same upper 32 bits, different lower): clusters of
        // `spread` values a few units of the last place apart (large clusters and small ones, as sums equal but for
        // rounding make), each value repeated, so that groups must be sorted within and exact ties kept in canonical order;
        // a spread of 2³⁰ makes near ties that differ in every byte of their lower half.
        var random = new RunRandom((ulong)seed);
        var bases = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        var table = Enumerable.Range(0, size).Select(_ =>
        {
            var at = BitConverter.DoubleToInt64Bits(bases[random.NextUInt64() % (ulong)bases.Length]);
            return BitConverter.Int64BitsToDouble(at + (long)(random.NextUInt64() % (ulong)spread));
        }).ToArray();

        var expected = Enumerable.Range(0, size).OrderByDescending(o => table[o]).ThenBy(o => o).ToArray();

        Assert.Equal(expected, UtilityFunction.Order(table));
    }
}
