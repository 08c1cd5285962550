using System.Globalization;
using System.Text.RegularExpressions;
using NegoSim.Model;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// <c>negosim discover</c>'s service: reads a sweep's rows (grid, sampled or a sensitivity design), takes its varied
/// parameters (from its manifest) as PRIM's inputs and the outcome as its cases of interest, and finds the box.
/// </summary>
public static partial class ScenarioDiscovery
{
    public static DiscoveryResult Run(DiscoveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(options);

        var manifestPath = SweepManifest.PathFor(options.RowsFile);
        if (!File.Exists(options.RowsFile))
        {
            throw new InputException($"{options.RowsFile}: no such file.");
        }

        if (!File.Exists(manifestPath))
        {
            throw new InputException($"{options.RowsFile}: its manifest {manifestPath} is missing, so nothing says which columns are the varied parameters; discover reads the rows of negosim sweep --out FILE.");
        }

        var manifest = SweepManifest.Read(manifestPath);
        var parameters = manifest.Grid.Select(a => manifest.Columns == "r" ? SweepColumns.Safe(a.Name) : a.Name).ToList();
        if (parameters.Count == 0)
        {
            throw new InputException($"{options.RowsFile}: the sweep varied nothing; discover looks for the region of the varied parameters where the outcome happens.");
        }

        var table = SweepTable.Read(options.RowsFile);
        if (table.Rows.Count == 0)
        {
            throw new InputException($"{options.RowsFile}: no rows.");
        }

        var status = table.IndexOf("status");
        if (status < 0)
        {
            throw new InputException($"{options.RowsFile}: no status column; not a sweep's rows.");
        }

        foreach (var missing in parameters.Where(p => table.IndexOf(p) < 0))
        {
            throw new InputException($"{options.RowsFile}: no column {missing}, which its manifest says the sweep varied; not the rows of that sweep.");
        }

        var y = Cases(table, options.Outcome, status);
        var rows = Enumerable.Range(0, table.Rows.Count).Where(r => table.Rows[r][status] != "error").ToList();
        if (rows.Count == 0)
        {
            throw new InputException($"{options.RowsFile}: every run ended in an error; there is nothing to discover.");
        }
        var columns = parameters.Select(p => PrimColumn.Of(p, [.. rows.Select(r => table.Rows[r][table.IndexOf(p)])])).ToList();
        bool[] cases = [.. rows.Select(r => y[r])];
        return options.Method switch
        {
            "prim" => new DiscoveryResult(options.RowsFile, options.Outcome, parameters, new Prim(columns, cases).Find(options.Threshold), columns, cases),
            "cart" => new DiscoveryResult(options.RowsFile, options.Outcome, parameters, null, columns, cases, new Cart(columns, cases).Find(options.Threshold)),
            _ => throw new InputException($"--method {options.Method}: prim or cart."),
        };
    }

    /// <summary>Refuses a threshold outside (0, 1] or an outcome of no form discover reads, before any row is read (or played).</summary>
    public static void Check(DiscoveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Threshold is <= 0 or > 1)
        {
            throw new InputException($"--threshold {options.Threshold.ToString(CultureInfo.InvariantCulture)}: a density from above 0 to 1.");
        }

        if (!OutcomeIndicator.Names.Contains(options.Outcome) && !Comparison().Match(options.Outcome).Success)
        {
            throw new InputException($"--outcome {options.Outcome}: expected a status ({string.Join(", ", OutcomeIndicator.Names)}) or COLUMN>x (also >=, < and <=), e.g. utility_kyiv>0.6.");
        }
    }

    /// <summary>For each row, whether it is a case of interest.</summary>
    private static bool[] Cases(SweepTable table, string outcome, int status)
    {
        if (OutcomeIndicator.Names.Contains(outcome))
        {
            return [.. table.Rows.Select(r => OutcomeIndicator.Holds(outcome, r[status]))];
        }

        var match = Comparison().Match(outcome);
        if (!match.Success || !double.TryParse(match.Groups[3].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var bound))
        {
            throw new InputException($"--outcome {outcome}: expected a status ({string.Join(", ", OutcomeIndicator.Names)}) or COLUMN>x (also >=, < and <=), e.g. utility_kyiv>0.6.");
        }

        var column = table.IndexOf(match.Groups[1].Value);
        if (column < 0)
        {
            throw new InputException($"--outcome {outcome}: no column '{match.Groups[1].Value}'; columns: {string.Join(", ", table.Names)}.");
        }

        var op = match.Groups[2].Value;
        var cases = new bool[table.Rows.Count];
        for (var r = 0; r < cases.Length; r++)
        {
            if (table.Rows[r][status] == "error")
            {
                continue;
            }

            var value = table.Number(r, column) ?? throw new InputException($"{table.File}:{r + 2}: --outcome {outcome}: '{table.Rows[r][column]}' is not a number.");
            cases[r] = op switch
            {
                ">" => value > bound,
                ">=" => value >= bound,
                "<" => value < bound,
                _ => value <= bound,
            };
        }

        return cases;
    }

    [GeneratedRegex(@"^\s*([^<>=\s]+)\s*(>=|<=|>|<)\s*(\S+)\s*$")]
    private static partial Regex Comparison();
}
