using System.CommandLine;
using System.Globalization;
using NegoSim.Sweeps.Discovery;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim discover SWEEP.csv --outcome OUTCOME</c>: PRIM's box of the varied parameters where the outcome happens.</summary>
internal static class DiscoverCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.NonEmptyPath(new Argument<string>("SWEEP") { Description = "A sweep's rows (CSV or JSONL, with the manifest beside them): a grid, a --sample or a sensitivity design." });
        var outcome = Outcome();
        var threshold = Threshold();
        var method = new Option<string>("--method")
        {
            Description = "prim (the default: EMA Workbench's peeling and pasting) or cart (a classification tree; each leaf a box).",
            DefaultValueFactory = _ => "prim",
        }.AcceptOnlyFromAmong("prim", "cart");
        var format = CommonOptions.Format();
        var report = CommonOptions.Report();
        var command = new Command("discover", "Scenario discovery: the box of the varied parameters where an outcome happens (PRIM, as EMA Workbench runs it).")
        {
            file, outcome, threshold, method, format, report,
        };
        command.SetAction(parsed =>
        {
            var rows = parsed.GetValue(file)!;
            Reports.ReportFile.Check(parsed.GetValue(report), rows);
            var result = ScenarioDiscovery.Run(new DiscoveryOptions(rows, parsed.GetValue(outcome)!, parsed.GetValue(threshold), parsed.GetValue(method)!));
            Print(output, result, parsed.GetValue(format) == "json", parsed.GetValue(report));
            return ExitCodes.Done;
        });
        return command;
    }

    public static Option<string> Outcome() => new("--outcome")
    {
        Description = "The outcome of interest: a status (ratified, signed, not-ratified, no-agreement), agreement (any signature), or COLUMN>x (also >=, <, <=), e.g. utility_kyiv>0.6.",
        Required = true,
        HelpName = "OUTCOME",
    };

    public static Option<double> Threshold() => new("--threshold")
    {
        Description = "The density the chosen box must reach (the share of its runs with the outcome); the box of largest coverage that does is chosen.",
        DefaultValueFactory = _ => 0.8,
    };

    /// <summary>Prints a discovery as text or JSON, and writes its page.</summary>
    public static void Print(TextWriter output, DiscoveryResult result, bool json, string? report)
    {
        if (json)
        {
            output.WriteLine(DiscoveryJson.Write(result));
        }
        else
        {
            Write(output, result);
        }

        if (report is not null)
        {
            DiscoveryPage.Create(result).Write(report, $"negosim discover {Path.GetFileName(result.RowsFile)}");
        }
    }

    private static void Write(TextWriter w, DiscoveryResult result)
    {
        var c = CultureInfo.InvariantCulture;
        if (result.Cart is { } cart)
        {
            w.WriteLine(string.Create(c, $"{cart.Cases:N0} of {cart.Points:N0} runs are {result.Outcome} ({(double)cart.Cases / Math.Max(1, cart.Points):P1}); a classification tree over {string.Join(", ", result.Parameters)}: {cart.Leaves.Length} leaves"));
            w.WriteLine();
            w.WriteLine("  leaf  coverage  density   mass  restrictions");
            for (var i = 0; i < cart.Leaves.Length; i++)
            {
                var leaf = cart.Leaves[i];
                w.WriteLine(string.Create(c, $"  {i,4}  {leaf.Coverage,8:0.000}  {leaf.Density,7:0.000}  {leaf.Mass,5:0.000}  {Restrictions(leaf.Box)}{(i == cart.Chosen ? "  ← chosen" : "")}"));
            }

            return;
        }

        var prim = result.Prim!;
        w.WriteLine(string.Create(c, $"{prim.Cases:N0} of {prim.Points:N0} runs are {result.Outcome} ({(double)prim.Cases / Math.Max(1, prim.Points):P1}); PRIM over {string.Join(", ", result.Parameters)}"));
        w.WriteLine();
        w.WriteLine("peeling trajectory:");
        w.WriteLine("  step  coverage  density   mass  restricted");
        foreach (var s in prim.Trajectory)
        {
            w.WriteLine(string.Create(c, $"  {s.Index,4}  {s.Coverage,8:0.000}  {s.Density,7:0.000}  {s.Mass,5:0.000}  {s.RestrictedDimensions,10}{(s.Index == prim.Chosen ? "  ← chosen" : "")}"));
        }

        var chosen = prim.ChosenStep;
        w.WriteLine();
        w.WriteLine(string.Create(c, $"chosen box (step {prim.Chosen}: the largest coverage with density ≥ {prim.Threshold:0.##}{(chosen.Density < prim.Threshold ? "; none reached it, so the densest" : "")}): coverage {chosen.Coverage:0.000}, density {chosen.Density:0.000}, mass {chosen.Mass:0.000}"));
        if (prim.Trajectory[0].Density >= prim.Threshold)
        {
            w.WriteLine(string.Create(c, $"  note: {prim.Trajectory[0].Density:P0} of all runs are {result.Outcome}, above the threshold already; a higher --threshold asks where it is all but certain."));
        }
        if (prim.Box.IsEmpty)
        {
            w.WriteLine("  no restriction: the outcome is as likely everywhere in the swept region.");
        }

        foreach (var limit in prim.Box)
        {
            w.WriteLine(limit.IsNominal
                ? $"  {limit.Parameter} in {{{string.Join(", ", limit.Values)}}}  (quasi-p {P(limit.QuasiPLow)})"
                : string.Create(c, $"  {limit.Parameter} from {limit.Low:0.######} to {limit.High:0.######}  (quasi-p lower {P(limit.QuasiPLow)}, upper {P(limit.QuasiPHigh)})"));
        }
    }

    private static string Restrictions(IEnumerable<PrimLimit> box) =>
        string.Join("; ", box.Select(l => l.IsNominal ? $"{l.Parameter} in {{{string.Join(", ", l.Values)}}}" : string.Create(CultureInfo.InvariantCulture, $"{l.Parameter} {l.Low:0.####}–{l.High:0.####}"))) is { Length: > 0 } text ? text : "(all)";

    private static string P(double? p) => p is { } value ? value.ToString("0.##e+0", CultureInfo.InvariantCulture) : "—";
}
