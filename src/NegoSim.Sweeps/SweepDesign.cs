using System.Globalization;
using NegoSim.Model;
using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Sweeps;

/// <summary>
/// The design of a sensitivity analysis, whose rows a sweep plays as its points: <c>sobol</c> (Saltelli's design on a
/// scrambled Sobol' sequence, N base points, optionally with second order) or <c>morris</c> (N trajectories on a grid
/// of <see cref="Levels"/> levels). Its unit rows depend only on it, the number of parameters and the master seed, so
/// a resumed, sharded or merged design sweep is the same design.
/// </summary>
public sealed record SweepDesign(string Method, int Samples, bool SecondOrder = false, int Levels = 4)
{
    /// <summary>A fixed offset that keeps the design's generator apart from the runs' and a Latin hypercube's.</summary>
    private const long DesignStream = long.MaxValue / 4;

    /// <summary>How many rows (grid points) the design has for <paramref name="dimensions"/> parameters.</summary>
    public long RowsFor(int dimensions) => Method == "sobol"
        ? (long)Samples * (SecondOrder ? (2 * dimensions) + 2 : dimensions + 2)
        : (long)Samples * (dimensions + 1);

    /// <summary>The design's rows on the unit scale, in the order its analysis (and SALib's) reads them.</summary>
    public double[][] UnitRows(int dimensions, ulong masterSeed)
    {
        var seed = RunRandom.DeriveSeed(masterSeed, DesignStream);
        return Method == "sobol"
            ? SaltelliDesign.Rows(Samples, dimensions, SecondOrder, seed)
            : MorrisDesign.Rows(Samples, dimensions, Levels, seed);
    }

    /// <summary>Reads what <see cref="ToString"/> writes (a manifest's <c>design</c>).</summary>
    /// <exception cref="InputException">The text is no design.</exception>
    public static SweepDesign Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(sobol|morris)\(N=(\d+)(, second-order)?(, levels=(\d+))?\)$");
        return match.Success
            ? new SweepDesign(match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[3].Success, match.Groups[5].Success ? int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture) : 4)
            : throw new InputException($"'{text}' is no design; expected sobol(N=…) or morris(N=…, levels=…).");
    }

    public override string ToString() => Method == "sobol"
        ? string.Create(CultureInfo.InvariantCulture, $"sobol(N={Samples}{(SecondOrder ? ", second-order" : "")})")
        : string.Create(CultureInfo.InvariantCulture, $"morris(N={Samples}, levels={Levels})");
}
