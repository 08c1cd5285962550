using System.Collections.Immutable;
using NegoSim.Model;

namespace NegoSim.Sweeps;

/// <summary>
/// The full factorial of the axes, each point repeated <see cref="RunsPerPoint"/> times. Points are numbered with the
/// last axis varying fastest; run r is repeat r mod runs of point r div runs. Sampled (<c>--sample N</c>), the points
/// are instead <see cref="Samples"/>, drawn by <see cref="LatinHypercube"/>.
/// </summary>
public sealed record SweepGrid(ImmutableArray<VaryAxis> Axes, int RunsPerPoint)
{
    public const long MaxRuns = 1_000_000_000;

    /// <summary>The most points <c>--sample</c> may draw.</summary>
    public const int MaxSamples = 1_000_000;

    /// <summary>The sampled points' values (default when the grid is a full factorial).</summary>
    public ImmutableArray<ImmutableArray<string>> Samples { get; init; }

    public bool IsSampled => !Samples.IsDefault;

    public long Points => IsSampled ? Samples.Length : Axes.Aggregate(1L, (n, a) => n * a.Values.Length);

    /// <summary>
    /// A grid of <paramref name="sample"/> points drawn by Latin hypercube from the axes' distributions (each axis must
    /// have one), clipped to the ranges <paramref name="range"/> gives, from <paramref name="masterSeed"/>.
    /// </summary>
    public static SweepGrid Sampled(IReadOnlyList<VaryAxis> axes, int runsPerPoint, int sample, ulong masterSeed, Func<string, (double? Min, double? Max)> range)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (sample is < 1 or > MaxSamples)
        {
            throw new InputException($"--sample {sample}: from 1 to {MaxSamples:N0} points.");
        }

        if (axes.Count == 0)
        {
            throw new InputException("--sample needs at least one --vary NAME~DISTRIBUTION (uniform(A,B), normal(MEAN,SD), int(A,B) or choice(X,Y,…)) to draw from.");
        }

        foreach (var axis in axes.Where(a => a.Distribution is null))
        {
            throw new InputException($"--vary {axis.Name}=…: with --sample every --vary draws from a distribution, e.g. --vary {axis.Name}~uniform(0,1); for a fixed value use --set.");
        }

        Check(axes, runsPerPoint);
        var grid = new SweepGrid([.. axes], runsPerPoint);
        if ((double)sample * runsPerPoint > MaxRuns)
        {
            throw new InputException($"the sweep would have more than {MaxRuns:N0} runs; use fewer points or runs.");
        }

        return grid with { Samples = LatinHypercube.Draw(sample, axes, masterSeed, range) };
    }

    public long Runs => Points * RunsPerPoint;

    /// <summary>
    /// A grid whose points are the rows of a sensitivity design (<see cref="SweepDesign"/>), each unit coordinate
    /// turned into its axis's value by the axis's distribution within the parameter's range.
    /// </summary>
    public static SweepGrid Designed(IReadOnlyList<VaryAxis> axes, int runsPerPoint, SweepDesign design, ulong masterSeed, Func<string, (double? Min, double? Max)> range)
    {
        ArgumentNullException.ThrowIfNull(axes);
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(range);
        if (axes.Count == 0)
        {
            throw new InputException("a sensitivity analysis needs at least one --vary NAME~DISTRIBUTION (uniform(A,B), normal(MEAN,SD), int(A,B) or choice(X,Y,…)).");
        }

        foreach (var axis in axes.Where(a => a.Distribution is null))
        {
            throw new InputException($"--vary {axis.Name}=…: a sensitivity analysis draws every parameter from a distribution, e.g. --vary {axis.Name}~uniform(0,1); for a fixed value use --set.");
        }

        Check(axes, runsPerPoint);
        if ((double)design.RowsFor(axes.Count) * runsPerPoint > MaxRuns || design.RowsFor(axes.Count) > MaxSamples)
        {
            throw new InputException($"the design has {design.RowsFor(axes.Count):N0} points; at most {MaxSamples:N0} (and {MaxRuns:N0} runs): use fewer samples.");
        }

        var bounds = axes.Select(a => range(a.Name)).ToArray();
        var rows = design.UnitRows(axes.Count, masterSeed);
        return new SweepGrid([.. axes], runsPerPoint)
        {
            Samples = [.. rows.Select(u => axes.Select((a, j) => a.Distribution!.ValueAt(u[j], bounds[j].Min, bounds[j].Max)).ToImmutableArray())],
        };
    }

    public static SweepGrid Create(IReadOnlyList<VaryAxis> axes, int runsPerPoint)
    {
        Check(axes, runsPerPoint);
        foreach (var axis in axes.Where(a => a.Distribution is not null))
        {
            throw new InputException($"--vary {axis.Name}~{axis.Distribution}: a distribution is drawn from with --sample N (how many points); or give values, NAME=START:STEP:END or NAME=a,b,c.");
        }

        var grid = new SweepGrid([.. axes], runsPerPoint);
        if (grid.Axes.Aggregate(1.0, (n, a) => n * a.Values.Length) * runsPerPoint > MaxRuns)
        {
            throw new InputException($"the sweep would have more than {MaxRuns:N0} runs; use fewer values or runs, or split it with --shard.");
        }

        return grid;
    }

    private static void Check(IReadOnlyList<VaryAxis> axes, int runsPerPoint)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (runsPerPoint < 1)
        {
            throw new InputException($"--runs {runsPerPoint}: must be at least 1.");
        }

        foreach (var duplicate in axes.GroupBy(a => a.Name).Where(g => g.Count() > 1))
        {
            throw new InputException($"--vary {duplicate.Key} is given twice; give all its values in one --vary.");
        }
    }

    /// <summary>The value of each axis at <paramref name="point"/>, in axis order.</summary>
    public string[] ValuesAt(long point)
    {
        if (IsSampled)
        {
            return [.. Samples[(int)point]];
        }

        var values = new string[Axes.Length];
        for (var i = Axes.Length - 1; i >= 0; i--)
        {
            var axis = Axes[i].Values;
            values[i] = axis[(int)(point % axis.Length)];
            point /= axis.Length;
        }

        return values;
    }
}
