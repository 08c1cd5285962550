using System.Collections.Immutable;
using System.Globalization;
using NegoSim.Model;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// <c>negosim sensitivity</c>'s service: plays a Sobol' or Morris design as an ordinary sweep (resumable, shardable, on
/// a cluster, with the same seeds), then reads its rows back and computes each output's indices; or analyses the rows
/// of a design played before (after <c>negosim merge</c> of its shards). An output is a numeric column of the rows
/// (its mean over a point's runs) or an indicator of how runs ended: a status (<c>ratified</c>, <c>signed</c>,
/// <c>not-ratified</c>, <c>no-agreement</c>) or <c>agreement</c> (any signature), its share of a point's runs.
/// </summary>
public static class SensitivityStudy
{
    /// <returns>The result; null when the design is not all there to analyse — a shard of it was played (its rows kept), or it was interrupted (<see cref="SweepResult.Interrupted"/> says which).</returns>
    public static async Task<(SensitivityResult? Result, SweepResult? Played)> RunAsync(SensitivityOptions options, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(error);
        if (options.RowsFile is { } rows)
        {
            return (Analyze(rows, options.Outputs), null);
        }

        var sweep = options.Sweep ?? throw new ArgumentException("give a sweep or a rows file", nameof(options));
        if (sweep.OutPath is null && (sweep.Resume || sweep.Shard is not null))
        {
            throw new InputException($"{(sweep.Resume ? "--resume" : "--shard")} needs --out FILE: the design's rows are kept there to be {(sweep.Resume ? "finished" : "merged and analysed")}.");
        }

        var keep = sweep.OutPath is not null;
        var path = sweep.OutPath ?? Path.Combine(Path.GetTempPath(), $"negosim-sensitivity-{Guid.NewGuid():N}.csv");
        try
        {
            var played = await Sweep.RunAsync(keep ? sweep : sweep with { OutPath = path, Format = "csv" }, TextWriter.Null, error, cancellation);
            if (played.Interrupted || sweep.Shard is not null)
            {
                return (null, played);
            }

            return (Analyze(path, options.Outputs) with { RowsFile = keep ? path : null }, played);
        }
        finally
        {
            if (!keep)
            {
                File.Delete(path);
                File.Delete(SweepManifest.PathFor(path));
            }
        }
    }

    /// <summary>Analyses the rows of a design sweep, with its manifest beside them.</summary>
    public static SensitivityResult Analyze(string rowsFile, IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(rowsFile);
        ArgumentNullException.ThrowIfNull(outputs);
        var manifestPath = SweepManifest.PathFor(rowsFile);
        if (!File.Exists(manifestPath))
        {
            throw new InputException($"{rowsFile}: its manifest {manifestPath} is missing, so nothing says which design its rows came from.");
        }

        var manifest = SweepManifest.Read(manifestPath);
        var design = manifest.Design is { } text ? SweepDesign.Parse(text) : throw new InputException($"{rowsFile}: the rows of an ordinary sweep, not of a sensitivity design (its manifest names no design); play one with negosim sensitivity SCENARIO --method sobol|morris.");
        if (manifest.Shard is not null)
        {
            throw new InputException($"{rowsFile}: the rows of shard {manifest.Shard} only; join the shards with negosim merge and analyse the merged file.");
        }

        var parameters = manifest.Grid.Select(a => a.Name).ToImmutableArray();
        var table = SweepTable.Read(rowsFile);
        var points = design.RowsFor(parameters.Length);
        var runs = manifest.RunsPerPoint;
        if (table.Rows.Count != points * runs)
        {
            throw new InputException($"{rowsFile}: {table.Rows.Count:N0} rows of the design's {points * runs:N0}; finish it with the same command and --resume.");
        }

        var statusColumn = table.IndexOf("status");
        var errorColumn = table.IndexOf("error");
        if (statusColumn < 0)
        {
            throw new InputException($"{rowsFile}: no status column; not a sweep's rows.");
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (table.Rows[r][statusColumn] == "error")
            {
                throw new InputException($"{rowsFile}:{r + 2}: a run ended in an error ({(errorColumn >= 0 ? table.Rows[r][errorColumn] : "")}); a design's indices need every run.");
            }
        }

        var names = outputs.Count > 0 ? outputs : [.. (IEnumerable<string>)["ratified", "agreement"], .. table.Names.Where(n => n.StartsWith("utility_", StringComparison.Ordinal))];
        var results = ImmutableArray.CreateBuilder<SensitivityOutput>();
        var seed = RunRandom.DeriveSeed(manifest.MasterSeed, long.MaxValue / 8);
        var unit = design.Method == "morris" ? design.UnitRows(parameters.Length, manifest.MasterSeed) : null;
        foreach (var name in names)
        {
            var y = Outputs(table, name, points, runs, statusColumn);
            var constant = y.Distinct().Count() < 2;
            results.Add(design.Method == "sobol" && SobolAnalysis.Analyze(y, parameters, design.SecondOrder, seed: seed) is var sobol
                ? new SensitivityOutput(name, sobol) { Constant = sobol.Constant }
                : new SensitivityOutput(name, null, MorrisAnalysis.Analyze(unit!, y, parameters, design.Levels, seed: seed)) { Constant = constant });
        }

        var outputsBuilt = results.ToImmutable();
        return new SensitivityResult(design, parameters, points, runs, outputsBuilt, [.. Warnings(design, outputsBuilt)], rowsFile);
    }

    /// <summary>Each design point's value of output <paramref name="name"/>: the mean over its runs.</summary>
    private static double[] Outputs(SweepTable table, string name, long points, int runs, int statusColumn)
    {
        var indicator = OutcomeIndicator.Names.Contains(name);
        var column = indicator ? statusColumn : table.IndexOf(name);
        if (column < 0)
        {
            var numeric = table.Names.Where((n, i) => table.Rows.Count > 0 && table.Number(0, i) is not null && n is not ("run" or "seed" or "point"));
            throw new InputException($"--output {name}: no such column; allowed: {string.Join(", ", OutcomeIndicator.Names)}, or a numeric column: {string.Join(", ", numeric)}.");
        }

        var y = new double[points];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var run = long.Parse(table.Rows[r][0], CultureInfo.InvariantCulture);
            double value;
            if (indicator)
            {
                value = OutcomeIndicator.Holds(name, table.Rows[r][statusColumn]) ? 1 : 0;
            }
            else
            {
                value = table.Number(r, column) ?? throw new InputException($"{table.File}:{r + 2}: --output {name}: '{table.Rows[r][column]}' is not a number; an output is a numeric column or one of {string.Join(", ", OutcomeIndicator.Names)}.");
            }

            y[run / runs] += value / runs;
        }

        return y;
    }

    private static IEnumerable<string> Warnings(SweepDesign design, ImmutableArray<SensitivityOutput> outputs)
    {
        var n = design.Samples;
        if (design.Method == "sobol")
        {
            if ((n & (n - 1)) != 0)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"--samples {n} is not a power of two: a Sobol' sequence is balanced at powers of two only (SALib warns too); {1 << (int)Math.Ceiling(Math.Log2(n))} would be.");
            }

            if (n < 512)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"--samples {n} is below the 512–1,024 base samples usually needed for stable Sobol' indices: read the intervals before the indices.");
            }
        }
        else if (n < 10)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"--samples {n}: Morris screening usually takes 10 to 50 trajectories.");
        }

        foreach (var output in outputs.Where(o => o.Constant))
        {
            yield return $"{output.Name} did not vary over the design: its indices are 0 and say nothing.";
        }
    }
}
