namespace NegoSim.Sweeps.Tournaments;

/// <summary>A mean over <see cref="Count"/> observations and its 95 % interval (the mean ± 1.96 standard errors).</summary>
public sealed record Estimate(double Mean, double Low, double High, int Count)
{
    public static Estimate Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return new Estimate(double.NaN, double.NaN, double.NaN, 0);
        }

        var mean = values.Average();
        var variance = values.Count < 2 ? 0 : values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
        var half = 1.96 * Math.Sqrt(variance / values.Count);
        return new Estimate(mean, mean - half, mean + half, values.Count);
    }
}
