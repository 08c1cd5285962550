namespace NegoSim.Model.Strategies;

/// <summary>
/// A negotiator's feasible outcomes from its best down (ties in canonical order), as their worth in the current
/// round: what a strategy that walks down its own ranking (MiCRO) reads. Default: no outcomes.
/// </summary>
public readonly struct OwnRanking
{
    private readonly double[]? _own;
    private readonly int[]? _order;
    private readonly double _scale;

    /// <param name="own">The negotiator's utility of every outcome.</param>
    /// <param name="order">Outcomes by its utility, best first; the first <paramref name="count"/> are feasible.</param>
    /// <param name="count">How many of <paramref name="order"/> are feasible.</param>
    /// <param name="scale">What a utility is worth in this round (its discount), 1 without one.</param>
    public OwnRanking(double[] own, int[] order, int count, double scale)
    {
        _own = own;
        _order = order;
        Count = count;
        _scale = scale;
    }

    /// <summary>How many feasible outcomes there are.</summary>
    public int Count { get; }

    /// <summary>The worth of the outcome of rank <paramref name="rank"/> (0: its best), within [0, <see cref="Count"/>).</summary>
    public double WorthAt(int rank) => _own![_order![rank]] * _scale;
}
