using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// A classification tree as EMA Workbench's <c>cart.CART(x, y)</c> grows one (scikit-learn's
/// <c>DecisionTreeClassifier(min_samples_leaf = ⌊mass_min · n⌋)</c>, mass_min 0.05): from all the points, each node is
/// split on the input and threshold (midway between two neighbouring values; for a category, that category or the
/// others) that lowers the Gini impurity the most, as long as both sides keep at least the least leaf's points and the
/// node is not pure; ties go to the first input in the order given and the lowest threshold (scikit-learn draws the
/// order of inputs at random, so its ties may fall otherwise). Each leaf is a box: its restrictions, coverage, density
/// and mass.
/// </summary>
public sealed class Cart
{
    private readonly PrimColumn[] _columns;
    private readonly bool[] _y;
    private readonly int _minLeaf;
    private readonly int _cases;

    public Cart(IReadOnlyList<PrimColumn> columns, IReadOnlyList<bool> y, double massMin = 0.05)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(y);
        _columns = [.. columns];
        _y = [.. y];
        _minLeaf = Math.Max(1, (int)(massMin * _y.Length));
        _cases = _y.Count(v => v);
    }

    /// <summary>Grows the tree and chooses the leaf of largest coverage whose density reaches <paramref name="threshold"/> (else the densest).</summary>
    public CartResult Find(double threshold)
    {
        var leaves = new List<CartLeaf>();
        var low = _columns.Select(c => c.Kind == PrimKind.Nominal ? double.NaN : c.Values.DefaultIfEmpty().Min()).ToArray();
        var high = _columns.Select(c => c.Kind == PrimKind.Nominal ? double.NaN : c.Values.DefaultIfEmpty().Max()).ToArray();
        var categories = _columns.Select(c => c.Kind == PrimKind.Nominal ? Enumerable.Range(0, c.Categories.Length).ToImmutableHashSet() : null).ToArray();
        Grow([.. Enumerable.Range(0, _y.Length)], low, high, categories, leaves);
        var chosen = leaves.Select((l, i) => (l, i)).Where(p => p.l.Density >= threshold).OrderByDescending(p => p.l.Coverage).ThenBy(p => p.i).Select(p => p.i).DefaultIfEmpty(-1).First();
        if (chosen < 0)
        {
            chosen = leaves.Select((l, i) => (l, i)).OrderByDescending(p => p.l.Density).ThenBy(p => p.i).First().i;
        }

        return new CartResult([.. leaves], chosen, _y.Length, _cases, threshold);
    }

    private void Grow(int[] points, double[] low, double[] high, ImmutableHashSet<int>?[] categories, List<CartLeaf> leaves)
    {
        var cases = points.Count(i => _y[i]);
        var split = cases == 0 || cases == points.Length || points.Length < 2 * _minLeaf ? null : BestSplit(points, cases);
        if (split is not { } s)
        {
            leaves.Add(Leaf(points, cases, low, high, categories));
            return;
        }

        var column = _columns[s.Column];
        var left = points.Where(i => column.Kind == PrimKind.Nominal ? (int)column.Values[i] != (int)s.Threshold : column.Values[i] <= s.Threshold).ToArray();
        var right = points.Where(i => column.Kind == PrimKind.Nominal ? (int)column.Values[i] == (int)s.Threshold : column.Values[i] > s.Threshold).ToArray();
        if (column.Kind == PrimKind.Nominal)
        {
            Grow(left, low, high, With(categories, s.Column, categories[s.Column]!.Remove((int)s.Threshold)), leaves);
            Grow(right, low, high, With(categories, s.Column, [(int)s.Threshold]), leaves);
            return;
        }

        // A whole-number input's lower bound on the right is the next whole number, as EMA writes it.
        var rightLow = column.Kind == PrimKind.Integer ? Math.Ceiling(s.Threshold) : s.Threshold;
        Grow(left, low, With(high, s.Column, Math.Min(high[s.Column], s.Threshold)), categories, leaves);
        Grow(right, With(low, s.Column, Math.Max(low[s.Column], rightLow)), high, categories, leaves);
    }

    /// <summary>The split that lowers the weighted Gini impurity most with at least the least leaf on each side; null if none.</summary>
    private (int Column, double Threshold)? BestSplit(int[] points, int cases)
    {
        var n = points.Length;
        (int Column, double Threshold, double Score)? best = null;
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            if (column.Kind == PrimKind.Nominal)
            {
                foreach (var category in points.Select(i => (int)column.Values[i]).Distinct().Order())
                {
                    var inside = points.Where(i => (int)column.Values[i] == category).ToArray();
                    var insideCases = inside.Count(i => _y[i]);
                    Consider(c, category, n - inside.Length, cases - insideCases, inside.Length, insideCases);
                }

                continue;
            }

            var sorted = points.OrderBy(i => column.Values[i]).ToArray();
            var leftCases = 0;
            for (var k = 0; k < n - 1; k++)
            {
                leftCases += _y[sorted[k]] ? 1 : 0;
                var (here, next) = (column.Values[sorted[k]], column.Values[sorted[k + 1]]);
                if (here != next)
                {
                    Consider(c, here + ((next - here) / 2), k + 1, leftCases, n - k - 1, cases - leftCases);
                }
            }
        }

        return best is { } b ? (b.Column, b.Threshold) : null;

        void Consider(int column, double threshold, int leftCount, int leftCases, int rightCount, int rightCases)
        {
            if (leftCount < _minLeaf || rightCount < _minLeaf)
            {
                return;
            }

            // Weighted Gini of the children; lower is better (the parent's is the same for every split).
            var score = (leftCount * Gini(leftCases, leftCount)) + (rightCount * Gini(rightCases, rightCount));
            if (best is null || score < best.Value.Score - 1e-12)
            {
                best = (column, threshold, score);
            }
        }
    }

    private static double Gini(int cases, int count)
    {
        var p = (double)cases / count;
        return 2 * p * (1 - p);
    }

    private CartLeaf Leaf(int[] points, int cases, double[] low, double[] high, ImmutableHashSet<int>?[] categories)
    {
        var limits = ImmutableArray.CreateBuilder<PrimLimit>();
        for (var c = 0; c < _columns.Length; c++)
        {
            var column = _columns[c];
            if (categories[c] is { } kept)
            {
                if (kept.Count < column.Categories.Length)
                {
                    limits.Add(new PrimLimit(column.Name, double.NaN, double.NaN, [.. kept.Order().Select(k => column.Categories[k])], null, null));
                }
            }
            else if (low[c] != column.Values.Min() || high[c] != column.Values.Max())
            {
                limits.Add(new PrimLimit(column.Name, low[c], high[c], default, null, null));
            }
        }

        return new CartLeaf(limits.ToImmutable(), _cases == 0 ? 0 : (double)cases / _cases, points.Length == 0 ? 0 : (double)cases / points.Length, (double)points.Length / _y.Length, points.Length, cases);
    }

    private static T[] With<T>(T[] values, int at, T value)
    {
        var copy = (T[])values.Clone();
        copy[at] = value;
        return copy;
    }
}
