namespace NegoSim.Sweeps.Discovery;

/// <summary>A box: per column a closed interval, or the categories kept.</summary>
internal sealed record PrimBox(double[] Low, double[] High, HashSet<int>?[] Categories)
{
    public static PrimBox Around(PrimColumn[] columns, int n) => new(
        [.. columns.Select(c => c.Kind == PrimKind.Nominal || n == 0 ? double.NaN : c.Values.Min())],
        [.. columns.Select(c => c.Kind == PrimKind.Nominal || n == 0 ? double.NaN : c.Values.Max())],
        [.. columns.Select(c => c.Kind == PrimKind.Nominal ? c.Values.Select(v => (int)v).ToHashSet() : null)]);

    public PrimBox WithLow(int c, double value) => this with { Low = Replace(Low, c, value) };

    public PrimBox WithHigh(int c, double value) => this with { High = Replace(High, c, value) };

    public PrimBox WithCategories(int c, HashSet<int> kept) => this with { Categories = [.. Categories.Select((k, i) => i == c ? kept : k)] };

    public bool IsRestricted(int c, PrimBox init) => Categories[c] is { } kept
        ? kept.Count != init.Categories[c]!.Count
        : Low[c] != init.Low[c] || High[c] != init.High[c];

    public int Restricted(PrimBox init) => Enumerable.Range(0, Low.Length).Count(c => IsRestricted(c, init));

    public bool Holds(PrimColumn[] columns, int point, IReadOnlyList<int> dimensions)
    {
        foreach (var c in dimensions)
        {
            var v = columns[c].Values[point];
            if (Categories[c] is { } kept ? !kept.Contains((int)v) : v < Low[c] || v > High[c])
            {
                return false;
            }
        }

        return true;
    }

    private static double[] Replace(double[] values, int c, double value)
    {
        var copy = (double[])values.Clone();
        copy[c] = value;
        return copy;
    }
}
