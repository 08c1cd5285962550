using System.Diagnostics;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// A traced sweep's spans: the sweep's own (<c>sweep SCENARIO</c>, a trace of its own) and, for each run chosen
/// (a fraction chosen from the run index, so the same runs every time), a <c>sweep.run</c> span that begins a trace
/// of its own and links to the sweep's.
/// </summary>
public static class SweepTracing
{
    public const string RunSpanName = "sweep.run";

    /// <summary>How the sweep's own span begins: <c>sweep minerals-deal</c>.</summary>
    public const string SweepSpanPrefix = "sweep ";

    public static readonly ActivitySource Source = new("NegoSim.Sweep");

    /// <summary>True for about <paramref name="rate"/> of all runs, the same ones for the same index.</summary>
    public static bool Sampled(long run, double rate) =>
        rate >= 1 || (rate > 0 && (Model.RunRandom.DeriveSeed(0x5EED, run) >> 21) / (double)(1UL << 32) < rate);
}
