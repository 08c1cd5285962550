using System.Diagnostics;

namespace NegoSim.Hosting.Telemetry;

/// <summary>Which runs of a sweep are traced: a fraction chosen from the run index, so the same runs every time.</summary>
public static class SweepTracing
{
    public const string RunSpanName = "sweep.run";

    public static readonly ActivitySource Source = new("NegoSim.Sweep");

    /// <summary>True for about <paramref name="rate"/> of all runs, the same ones for the same index.</summary>
    public static bool Sampled(long run, double rate) =>
        rate >= 1 || (rate > 0 && (Model.RunRandom.DeriveSeed(0x5EED, run) >> 21) / (double)(1UL << 32) < rate);
}
