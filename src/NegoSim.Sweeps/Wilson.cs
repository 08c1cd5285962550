namespace NegoSim.Sweeps;

/// <summary>The Wilson score interval for a proportion (Wilson 1927), good even near 0 and 1 and for small n.</summary>
public static class Wilson
{
    /// <summary>The 95 % interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    public static (double Low, double High) Interval95(long successes, long trials)
    {
        if (trials <= 0)
        {
            return (0, 1);
        }

        const double z = 1.959963984540054;
        var n = (double)trials;
        var p = successes / n;
        var denominator = 1 + (z * z / n);
        var centre = (p + (z * z / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
