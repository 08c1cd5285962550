using System.Globalization;

namespace NegoSim.Sweeps;

/// <summary>
/// One axis of a sweep cut into at most a given number of bins, for the report's charts: a grid axis's values in runs
/// of neighbours (each value its own bin when there are few enough), a sampled axis's range in equal parts. Each bin
/// has a label and, for a numeric axis, its centre and edges.
/// </summary>
public sealed class AxisBins
{
    private readonly int _values;
    private readonly double _min;
    private readonly double _width;

    private AxisBins(string name, string[] labels, double[]? low, double[]? high, int values, double min = 0, double width = 0)
    {
        IsPooled = width > 0 || labels.Length < values;
        Name = name;
        Labels = labels;
        Low = low;
        High = high;
        _values = values;
        _min = min;
        _width = width;
    }

    public string Name { get; }

    /// <summary>Each bin's label: its value, or the first and last of its values.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Each bin's lower edge, or null if the axis is not numeric.</summary>
    public IReadOnlyList<double>? Low { get; }

    /// <summary>Each bin's upper edge, or null if the axis is not numeric.</summary>
    public IReadOnlyList<double>? High { get; }

    public bool IsNumeric => Low is not null;

    /// <summary>True if a bin may hold several values (a grid axis with more values than bins, or a sampled axis).</summary>
    public bool IsPooled { get; }

    public int Count => Labels.Count;

    /// <summary>The bin of a grid axis's value number <paramref name="index"/> (0 for its first value).</summary>
    public int BinOfIndex(int index) => (int)((long)index * Count / _values);

    /// <summary>The bin a sampled axis's value falls in (the first for a value that is not a number).</summary>
    public int BinOfValue(double value) => double.IsNaN(value) ? 0 : Math.Clamp((int)((value - _min) / _width), 0, Count - 1);

    /// <summary>The bins of a grid axis with <paramref name="values"/> in order: at most <paramref name="most"/>, each a run of neighbouring values.</summary>
    public static AxisBins OfValues(string name, IReadOnlyList<string> values, int most)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        var bins = Math.Min(n, most);
        int Bin(int i) => (int)((long)i * bins / n);
        var first = new int[bins];
        var last = new int[bins];
        Array.Fill(first, -1);
        for (var i = 0; i < n; i++)
        {
            var b = Bin(i);
            first[b] = first[b] < 0 ? i : first[b];
            last[b] = i;
        }

        var labels = Enumerable.Range(0, bins).Select(b => first[b] == last[b] ? values[first[b]] : $"{values[first[b]]}–{values[last[b]]}").ToArray();
        var numbers = values.Select(Number).ToArray();
        double[]? low = null, high = null;
        if (numbers.All(v => v is not null) && n > 0)
        {
            // A bin reaches halfway to its neighbours' values; the outer ones as far again beyond.
            var centre = Enumerable.Range(0, bins).Select(b => (numbers[first[b]]!.Value + numbers[last[b]]!.Value) / 2).ToArray();
            low = new double[bins];
            high = new double[bins];
            for (var b = 0; b < bins; b++)
            {
                low[b] = b > 0 ? (numbers[last[b - 1]]!.Value + numbers[first[b]]!.Value) / 2 : double.NaN;
                high[b] = b < bins - 1 ? (numbers[last[b]]!.Value + numbers[first[b + 1]]!.Value) / 2 : double.NaN;
            }

            for (var b = 0; b < bins; b++)
            {
                low[b] = double.IsNaN(low[b]) ? (bins > 1 ? centre[b] - (high[b] - centre[b]) : centre[b] - 0.5) : low[b];
                high[b] = double.IsNaN(high[b]) ? (bins > 1 ? centre[b] + (centre[b] - low[b]) : centre[b] + 0.5) : high[b];
            }
        }

        return new AxisBins(name, labels, low, high, n);
    }

    /// <summary>The bins of a sampled axis whose values are <paramref name="values"/>: <paramref name="most"/> equal parts of their range.</summary>
    public static AxisBins OfRange(string name, IEnumerable<string> values, int most)
    {
        var numbers = values.Select(Number).Where(v => v is not null).Select(v => v!.Value).ToList();
        var (min, max) = numbers.Count == 0 ? (0.0, 1.0) : (numbers.Min(), numbers.Max());
        if (max <= min)
        {
            (min, max) = (min - 0.5, max + 0.5);
        }

        var width = (max - min) / most;
        var low = Enumerable.Range(0, most).Select(b => min + (b * width)).ToArray();
        var high = Enumerable.Range(0, most).Select(b => b == most - 1 ? max : min + ((b + 1) * width)).ToArray();
        var labels = Enumerable.Range(0, most).Select(b => $"{Short(low[b])}–{Short(high[b])}").ToArray();
        return new AxisBins(name, labels, low, high, most, min, width);
    }

    /// <summary>A value's number, or null if it is not a finite number.</summary>
    public static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;

    private static string Short(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
