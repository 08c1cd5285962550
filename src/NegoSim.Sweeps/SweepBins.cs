using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps;

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

    /// <summary>Counts one run of grid point <paramref name="point"/> in its bins (see <see cref="SweepTally.Add"/>).</summary>
    public void Add(long point, OutcomeStatus? status, int round, ReadOnlySpan<double> utilities)
    {
        // Each axis's place at the point is worked out once, for its bins along and across.
        Span<int> index = stackalloc int[_along.Length];
        Span<double> value = stackalloc double[_along.Length];
        if (_grid.IsSampled)
        {
            for (var a = 0; a < value.Length; a++)
            {
                value[a] = AxisBins.Number(_grid.Samples[(int)point][a]) ?? double.NaN;
            }
        }
        else
        {
            for (var a = index.Length - 1; a >= 0; a--)
            {
                var count = _grid.Axes[a].Values.Length;
                index[a] = (int)(point % count);
                point /= count;
            }
        }

        for (var a = 0; a < _along.Length; a++)
        {
            _along[a][BinOf(Along[a], a, index, value)].Add(status, round, utilities);
        }

        if (_across is not null && Across is var (rows, columns))
        {
            (_across[BinOf(rows, 0, index, value), BinOf(columns, 1, index, value)] ??= new SweepTally()).Add(status, round, utilities);
        }
    }

    /// <summary>The bin of <paramref name="bins"/> that axis <paramref name="axis"/>'s value number (grid) or value (sampled) falls in.</summary>
    private int BinOf(AxisBins bins, int axis, ReadOnlySpan<int> index, ReadOnlySpan<double> value) =>
        _grid.IsSampled ? bins.BinOfValue(value[axis]) : bins.BinOfIndex(index[axis]);

    private AxisBins Bins(VaryAxis axis, int index, int most) => _grid.IsSampled
        ? AxisBins.OfRange(axis.Name, _grid.Samples.Select(s => s[index]), Math.Min(most, Math.Max(1, _grid.Samples.Length / 4)))
        : AxisBins.OfValues(axis.Name, axis.Values, most);
}
