using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// The Patient Rule Induction Method (Friedman and Fisher 1999) as EMA Workbench's <c>prim.Prim(x, y).find_box()</c>
/// runs it with its defaults — the "lenient1" objective, peel and paste alpha 0.05, mass_min 0.05: from the box of all
/// points, it peels, one side of one dimension at a time, the slice (an alpha quantile, as EMA's <c>get_quantile</c>
/// takes it; for whole numbers EMA's discrete peel; for categories one category) whose removal raises the share of
/// cases of interest the most per point removed (ties: the box restricting fewer dimensions, then the first column:
/// real numbers, then whole numbers, then categories, each in the order given, the upper side before the lower), while
/// the box keeps at least mass_min of the points; then pastes back, likewise, what raises the share. Every box on the
/// way is a step of the trajectory.
/// </summary>
public sealed class Prim
{
    private readonly PrimColumn[] _columns;
    private readonly double[] _y;
    private readonly int _n;
    private readonly double _cases;
    private readonly double _peelAlpha;
    private readonly double _pasteAlpha;
    private readonly double _massMin;
    private readonly PrimBox _init;

    /// <param name="columns">The inputs; a category column with one category only is left out, as EMA leaves it out.</param>
    /// <param name="y">For each point, whether it is a case of interest.</param>
    /// <param name="peelAlpha">The share of a box's points a peel takes off one side (EMA's default 0.05).</param>
    /// <param name="pasteAlpha">The share of a slab's points a paste adds back (0.05).</param>
    /// <param name="massMin">The least share of all points a box may hold (0.05).</param>
    public Prim(IReadOnlyList<PrimColumn> columns, IReadOnlyList<bool> y, double peelAlpha = 0.05, double pasteAlpha = 0.05, double massMin = 0.05)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(y);
        var kept = columns.Where(c => c.Kind != PrimKind.Nominal || c.Categories.Length > 1).ToList();

        // EMA's order of peels: the real columns, then the whole-number ones, then the categories.
        _columns = [.. kept.Where(c => c.Kind == PrimKind.Real), .. kept.Where(c => c.Kind == PrimKind.Integer), .. kept.Where(c => c.Kind == PrimKind.Nominal)];
        _y = [.. y.Select(v => v ? 1.0 : 0.0)];
        _n = _y.Length;
        _cases = _y.Sum();
        _peelAlpha = peelAlpha;
        _pasteAlpha = pasteAlpha;
        _massMin = massMin;
        _init = PrimBox.Around(_columns, _n);
    }

    /// <summary>The columns as PRIM orders them (the order of the limits it reports).</summary>
    public IReadOnlyList<PrimColumn> Columns => _columns;

    /// <summary>
    /// Finds the trajectory and chooses, among the boxes that restrict at least one parameter, the one of largest
    /// coverage whose density reaches <paramref name="threshold"/> (else the densest); the whole box only when PRIM
    /// could restrict nothing.
    /// </summary>
    public PrimResult Find(double threshold)
    {
        var boxes = new List<PrimBox>();
        var trajectory = new List<PrimStep>();
        var current = _init;
        var indices = Enumerable.Range(0, _n).ToArray();
        Record(current, indices);
        while (Peel(current, indices) is { } peeled)
        {
            (current, indices) = peeled;
            Record(current, indices);
        }

        while (Paste(current, indices) is { } pasted)
        {
            (current, indices) = pasted;
            Record(current, indices);
        }

        // A box that restricts something: the largest coverage at the threshold's density, else the densest.
        var restricting = trajectory.Where(s => s.RestrictedDimensions > 0).ToList();
        var chosen = restricting.Count == 0 ? 0
            : restricting.Where(s => s.Density >= threshold).OrderByDescending(s => s.Coverage).ThenBy(s => s.Index).FirstOrDefault()?.Index
                ?? restricting.OrderByDescending(s => s.Density).ThenBy(s => s.Index).First().Index;

        return new PrimResult([.. trajectory], chosen, Limits(boxes[chosen], trajectory[chosen]), _n, (int)_cases, threshold);

        void Record(PrimBox box, int[] inside)
        {
            var cases = inside.Sum(i => _y[i]);
            boxes.Add(box);
            trajectory.Add(new PrimStep(trajectory.Count, cases / Math.Max(_cases, 1), inside.Length == 0 ? 0 : cases / inside.Length, (double)inside.Length / _n, box.Restricted(_init), inside.Length, (int)cases));
        }
    }

    /// <summary>EMA's <c>get_quantile</c>: between two neighbours of the sorted data, stepping past equal values away from the median.</summary>
    internal static double Quantile(double[] sorted, double quantile)
    {
        var at = (sorted.Length - 1) * quantile;
        var (lower, higher) = ((int)Math.Floor(at), (int)Math.Ceiling(at));
        if (quantile > 0.5)
        {
            while (sorted[lower] == sorted[higher] && lower > 0)
            {
                lower--;
            }
        }
        else
        {
            while (sorted[lower] == sorted[higher] && higher < sorted.Length - 1)
            {
                higher++;
            }
        }

        return (sorted[lower] + sorted[higher]) / 2;
    }

    /// <summary>EMA's "lenient1" objective: the gain in the share of cases of interest per point removed (or added).</summary>
    private static double Objective(double meanOld, int countOld, double meanNew, int countNew)
    {
        if (meanOld == meanNew || countOld == countNew)
        {
            return 0;
        }

        return (meanNew - meanOld) / Math.Abs(countOld - countNew);
    }

    private double Mean(int[] indices) => indices.Length == 0 ? 0 : indices.Sum(i => _y[i]) / indices.Length;

    private (PrimBox, int[])? Peel(PrimBox box, int[] inside)
    {
        var massOld = (double)inside.Length / _n;
        var meanOld = Mean(inside);
        (double Score, int Free, PrimBox Box, int Column, Func<double, bool> Keep, int Count)? best = null;
        for (var c = 0; c < _columns.Length; c++)
        {
            var values = _columns[c].Values;
            foreach (var (candidate, keep) in Peels(box, inside, c))
            {
                // Counted, not gathered: only the chosen peel's points are.
                var (count, cases) = (0, 0.0);
                foreach (var i in inside)
                {
                    if (keep(values[i]))
                    {
                        count++;
                        cases += _y[i];
                    }
                }

                var score = Objective(meanOld, inside.Length, count == 0 ? 0 : cases / count, count);
                var free = _columns.Length - candidate.Restricted(_init);
                if (best is null || score > best.Value.Score || (score == best.Value.Score && free > best.Value.Free))
                {
                    best = (score, free, candidate, c, keep, count);
                }
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        var massNew = (double)chosen.Count / _n;
        if (!(massNew >= _massMin && massNew < massOld && chosen.Score > 0))
        {
            return null;
        }

        var kept = _columns[chosen.Column].Values;
        return (chosen.Box, [.. inside.Where(i => chosen.Keep(kept[i]))]);
    }

    /// <summary>The peels of column <paramref name="c"/>: each the box it leaves and which values of the column it keeps.</summary>
    private IEnumerable<(PrimBox, Func<double, bool>)> Peels(PrimBox box, int[] inside, int c)
    {
        var column = _columns[c];
        if (column.Kind == PrimKind.Nominal)
        {
            var kept = box.Categories[c]!;
            if (kept.Count <= 1)
            {
                yield break;
            }

            foreach (var category in kept.Order())
            {
                yield return (box.WithCategories(c, [.. kept.Where(k => k != category)]), v => (int)v != category);
            }

            yield break;
        }

        var sorted = new double[inside.Length];
        for (var k = 0; k < sorted.Length; k++)
        {
            sorted[k] = column.Values[inside[k]];
        }

        Array.Sort(sorted);
        var (low, high) = (box.Low[c], box.High[c]);
        foreach (var upper in new[] { true, false })
        {
            var cut = Quantile(sorted, upper ? 1 - _peelAlpha : _peelAlpha);
            if (column.Kind == PrimKind.Real)
            {
                yield return upper ? (box.WithHigh(c, cut), v => v <= cut) : (box.WithLow(c, cut), v => v >= cut);
                continue;
            }

            // EMA's discrete peel: the quantile truncated to a whole number; at the limit already, one value further.
            var whole = Math.Truncate(cut);
            Func<double, bool> keeps = upper
                ? (whole == high ? v => v < high && v >= low : v => v <= whole && v >= low)
                : (whole == low ? v => v > low && v <= high : v => v >= whole && v <= high);

            // The new limit: the largest (smallest) value kept; if none is, the box's largest (smallest) value.
            var (any, limit) = (false, upper ? double.NegativeInfinity : double.PositiveInfinity);
            foreach (var v in sorted)
            {
                if (keeps(v))
                {
                    any = true;
                    limit = upper ? Math.Max(limit, v) : Math.Min(limit, v);
                }
            }

            if (!any)
            {
                limit = upper ? sorted[^1] : sorted[0];
            }

            yield return (upper ? box.WithHigh(c, limit) : box.WithLow(c, limit), keeps);
        }
    }

    private (PrimBox, int[])? Paste(PrimBox box, int[] inside)
    {
        var massOld = (double)inside.Length / _n;
        var meanOld = Mean(inside);
        var restricted = Enumerable.Range(0, _columns.Length).Where(c => box.IsRestricted(c, _init)).ToArray();
        (double Score, int Free, PrimBox Box, int[] Indices)? best = null;
        foreach (var kind in new[] { PrimKind.Real, PrimKind.Integer, PrimKind.Nominal })
        {
            foreach (var c in restricted.Where(c => _columns[c].Kind == kind))
            {
                foreach (var candidate in Pastes(box, c, restricted))
                {
                    var indices = Inside(candidate, restricted);
                    var score = Objective(meanOld, inside.Length, Mean(indices), indices.Length);
                    var free = _columns.Length - candidate.Restricted(_init);
                    if (best is null || score > best.Value.Score || (score == best.Value.Score && free > best.Value.Free))
                    {
                        best = (score, free, candidate, indices);
                    }
                }
            }

            // As EMA Workbench does: when no column of a kind (real numbers first) offered a paste, pasting ends there.
            if (best is null)
            {
                return null;
            }
        }

        var chosen = best!.Value;
        var massNew = (double)chosen.Indices.Length / _n;
        return massNew >= _massMin && massNew > massOld && chosen.Score > 0 && Mean(chosen.Indices) > meanOld ? (chosen.Box, chosen.Indices) : null;
    }

    private IEnumerable<PrimBox> Pastes(PrimBox box, int c, int[] restricted)
    {
        var column = _columns[c];
        if (column.Kind == PrimKind.Nominal)
        {
            var kept = box.Categories[c]!;
            foreach (var category in _init.Categories[c]!.Where(k => !kept.Contains(k)).Order())
            {
                yield return box.WithCategories(c, [.. kept, category]);
            }

            yield break;
        }

        var (minimum, maximum) = (_init.Low[c], _init.High[c]);
        foreach (var lower in new[] { true, false })
        {
            // The slab beyond the side, within the box's other restrictions; its alpha quantile is the new side.
            var slab = lower ? box.WithLow(c, minimum).WithHigh(c, box.Low[c]) : box.WithLow(c, box.High[c]).WithHigh(c, maximum);
            var data = Inside(slab, restricted).Select(i => column.Values[i]).ToArray();
            Array.Sort(data);
            var value = data.Length == 0 ? (lower ? minimum : maximum) : Quantile(data, lower ? 1 - _pasteAlpha : _pasteAlpha);
            if (column.Kind == PrimKind.Integer)
            {
                value = Math.Truncate(value);
            }

            yield return lower ? box.WithLow(c, value) : box.WithHigh(c, value);
        }
    }

    /// <summary>The points inside <paramref name="box"/>, judged on the dimensions <paramref name="dimensions"/> only.</summary>
    private int[] Inside(PrimBox box, IReadOnlyList<int> dimensions)
    {
        var inside = new List<int>();
        for (var i = 0; i < _n; i++)
        {
            if (box.Holds(_columns, i, dimensions))
            {
                inside.Add(i);
            }
        }

        return [.. inside];
    }

    /// <summary>The restrictions of a box, each with the quasi-p-value of each restricted side.</summary>
    private ImmutableArray<PrimLimit> Limits(PrimBox box, PrimStep step)
    {
        var restricted = Enumerable.Range(0, _columns.Length).Where(c => box.IsRestricted(c, _init)).ToArray();
        var limits = ImmutableArray.CreateBuilder<PrimLimit>();
        foreach (var c in restricted)
        {
            var column = _columns[c];
            if (column.Kind == PrimKind.Nominal)
            {
                var reset = box.WithCategories(c, _init.Categories[c]!);
                limits.Add(new PrimLimit(column.Name, double.NaN, double.NaN, [.. box.Categories[c]!.Order().Select(k => column.Categories[k])], QuasiP(reset, restricted, step), null));
                continue;
            }

            double? low = box.Low[c] != _init.Low[c] ? QuasiP(box.WithLow(c, _init.Low[c]), restricted, step) : null;
            double? high = box.High[c] != _init.High[c] ? QuasiP(box.WithHigh(c, _init.High[c]), restricted, step) : null;
            limits.Add(new PrimLimit(column.Name, box.Low[c], box.High[c], default, low, high));
        }

        return limits.ToImmutable();
    }

    /// <summary>
    /// The one-sided binomial test of the box's cases (Hbox of Tbox points) against the share p of cases in the box
    /// with one restriction lifted: P(X ≥ Hbox) for X ~ Binomial(Tbox, p) (scipy's <c>binomtest(..., alternative="greater")</c>).
    /// </summary>
    private double QuasiP(PrimBox widened, IReadOnlyList<int> restricted, PrimStep step)
    {
        var inside = Inside(widened, restricted);
        var p = inside.Length == 0 ? 0 : inside.Sum(i => _y[i]) / inside.Length;
        return Binomial.UpperTail(step.Cases, step.Points, p);
    }
}
