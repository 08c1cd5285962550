namespace NegoSim.Runner.Sweeps;

/// <summary>
/// A sweep's runs tallied by bins of its axes, in memory bounded whatever the number of runs, for the charts of
/// <c>sweep --report</c>: along each axis (at most <see cref="MostAlong"/> bins, the other axes pooled) and, with two
/// or more axes, over the first two (at most <see cref="MostAcross"/> × <see cref="MostAcross"/>).
/// </summary>
public sealed class SweepBins
{
    public const int MostAlong = 200;
    public const int MostAcross = 60;

    private readonly SweepGrid _grid;
    private readonly SweepTally[][] _along;
    private readonly SweepTally[,]? _across;

    public SweepBins(SweepGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        _grid = grid;
        Along = [.. grid.Axes.Select((a, i) => Bins(a, i, MostAlong))];
        _along = [.. Along.Select(b => Enumerable.Range(0, b.Count).Select(_ => new SweepTally()).ToArray())];
        if (grid.Axes.Length >= 2)
        {
            Across = (Bins(grid.Axes[0], 0, MostAcross), Bins(grid.Axes[1], 1, MostAcross));
            _across = new SweepTally[Across.Value.Rows.Count, Across.Value.Columns.Count];
        }
    }

    /// <summary>Each axis's bins for the charts along it.</summary>
    public IReadOnlyList<AxisBins> Along { get; }

    /// <summary>The first two axes' bins for the heatmaps (null with fewer than two axes).</summary>
    public (AxisBins Rows, AxisBins Columns)? Across { get; }

    /// <summary>The runs in bin <paramref name="bin"/> of axis <paramref name="axis"/>.</summary>
    public SweepTally AlongAt(int axis, int bin) => _along[axis][bin];

    /// <summary>The runs in a cell of the heatmaps, or null if none has been added there.</summary>
    public SweepTally? AcrossAt(int row, int column) => _across?[row, column];

    public void Add(long point, string? status, int round, IReadOnlyList<double>? utilities)
    {
        for (var a = 0; a < _along.Length; a++)
        {
            var bin = _grid.IsSampled ? Along[a].BinOfValue(_grid.Samples[(int)point][a]) : Along[a].BinOfIndex(IndexAt(point, a));
            _along[a][bin].Add(status, round, utilities);
        }

        if (_across is not null && Across is var (rows, columns))
        {
            var (r, c) = _grid.IsSampled
                ? (rows.BinOfValue(_grid.Samples[(int)point][0]), columns.BinOfValue(_grid.Samples[(int)point][1]))
                : (rows.BinOfIndex(IndexAt(point, 0)), columns.BinOfIndex(IndexAt(point, 1)));
            (_across[r, c] ??= new SweepTally()).Add(status, round, utilities);
        }
    }

    /// <summary>The index of axis <paramref name="axis"/>'s value at a grid point (the last axis varies fastest).</summary>
    private int IndexAt(long point, int axis)
    {
        for (var a = _grid.Axes.Length - 1; a > axis; a--)
        {
            point /= _grid.Axes[a].Values.Length;
        }

        return (int)(point % _grid.Axes[axis].Values.Length);
    }

    private AxisBins Bins(VaryAxis axis, int index, int most) => _grid.IsSampled
        ? AxisBins.OfRange(axis.Name, _grid.Samples.Select(s => s[index]), Math.Min(most, Math.Max(1, _grid.Samples.Length / 4)))
        : AxisBins.OfValues(axis.Name, axis.Values, most);
}
