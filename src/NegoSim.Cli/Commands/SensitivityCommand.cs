using System.CommandLine;
using NegoSim.Model;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Sensitivity;

namespace NegoSim.Cli.Commands;

/// <summary>
/// <c>negosim sensitivity FILE --method sobol|morris --vary NAME~DIST ... --samples N</c>: plays the design as a sweep
/// and prints which parameters decide each output; <c>negosim sensitivity ROWS.csv</c> analyses a design played before.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(TextWriter output, TextWriter error, IReadOnlyList<string> commandLine)
    {
        var file = CommonOptions.NonEmptyPath(new Argument<string>("FILE") { Description = "The scenario (YAML); or the rows (CSV or JSONL, with their manifest) of a design played before, e.g. merged from shards." });
        var method = new Option<string?>("--method") { Description = "sobol (variance shares, first-order and total) or morris (elementary effects: screening).", HelpName = "sobol|morris" }
            .AcceptOnlyFromAmong("sobol", "morris");
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter or dotted path and its distribution: NAME~uniform(A,B), NAME~normal(MEAN,SD) (truncated to the parameter's range), NAME~int(A,B) or NAME~choice(X,Y,…). One per parameter.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "NAME~DISTRIBUTION",
        };
        var samples = new Option<int?>("--samples") { Description = "Sobol': N base samples (a power of two, 512 or more is usual; the design has N(D + 2) points). Morris: N trajectories (10–50; N(D + 1) points).", HelpName = "N" };
        var secondOrder = new Option<bool>("--second-order") { Description = "Sobol': also the pairs' second-order indices (the design grows to N(2D + 2) points)." };
        var levels = new Option<int>("--levels") { Description = "Morris: the grid's levels (even; default 4).", DefaultValueFactory = _ => 4 };
        var outputs = new Option<string[]>("--output")
        {
            Description = "What to explain: a numeric column of the rows (utility_kyiv, round, ratification_yes, …) or an indicator: ratified, signed, not-ratified, no-agreement, agreement. Repeatable; default: ratified, agreement and every utility.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "NAME",
        };
        var runs = new Option<int>("--runs") { Description = "Runs per design point (the output is their mean).", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Master seed: the design's scramble, the runs' seeds (common random numbers) and the bootstrap.", DefaultValueFactory = _ => 0 };
        var workers = new Option<int>("--workers") { Description = "Parallel workers (on a cluster, lanes). The rows do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outFile = new Option<string?>("--out") { Description = "Keep the design's rows in this file (with its manifest, FILE.json): an ordinary sweep file, in the order SALib's analyze reads.", HelpName = "FILE" };
        var resume = new Option<bool>("--resume") { Description = "Finish an interrupted design in --out." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing --out file." };
        var shard = new Option<string?>("--shard") { Description = "Play only design points I, I+N, … (needs --out); merge the shards with negosim merge, then analyse the merged file.", HelpName = "I/N" };
        var engine = new Option<string?>("--engine") { Description = "direct (the default here), batch (the default on a --cluster) or grains, as for sweep." }.AcceptOnlyFromAmong("batch", "grains", "direct");
        var cluster = SiloCommand.ClusterOption();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var report = CommonOptions.Report();
        var command = new Command("sensitivity", "Which parameters decide an outcome: Sobol' indices or Morris screening over a design played as a sweep.")
        {
            file, method, vary, samples, secondOrder, levels, outputs, runs, seed, workers, outFile, resume, force, shard, engine, cluster, set, format, report,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var path = parsed.GetValue(file)!;
            var rowsGiven = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
            SensitivityOptions options;
            if (rowsGiven)
            {
                options = new SensitivityOptions { RowsFile = path, Outputs = parsed.GetValue(outputs) ?? [] };
            }
            else
            {
                var chosen = parsed.GetValue(method) ?? throw new InputException("--method: give sobol or morris (or give a design's rows, FILE.csv, to analyse).");
                var n = parsed.GetValue(samples) ?? throw new InputException($"--samples: give N ({(chosen == "sobol" ? "base samples, e.g. 1024" : "trajectories, e.g. 20")}).");
                if (n is < 1 or > 1_000_000)
                {
                    throw new InputException($"--samples {n}: from 1 to 1,000,000.");
                }

                if (parsed.GetValue(shard) is not null && parsed.GetValue(outFile) is null)
                {
                    throw new InputException("--shard needs --out: a shard's rows are kept to be merged and analysed later.");
                }

                var sets = parsed.GetValue(set);
                options = new SensitivityOptions
                {
                    Outputs = parsed.GetValue(outputs) ?? [],
                    Sweep = new SweepOptions
                    {
                        ScenarioPath = path,
                        Load = () => ScenarioLoading.Source(path, sets),
                        Vary = parsed.GetValue(vary) ?? [],
                        Design = new SweepDesign(chosen, n, parsed.GetValue(secondOrder), parsed.GetValue(levels)),
                        Runs = parsed.GetValue(runs),
                        Seed = parsed.GetValue(seed),
                        Lanes = parsed.GetValue(workers),
                        LanesGiven = parsed.GetResult(workers) is { Implicit: false },
                        OutPath = parsed.GetValue(outFile),
                        Resume = parsed.GetValue(resume),
                        Force = parsed.GetValue(force),
                        Shard = parsed.GetValue(shard),
                        Engine = parsed.GetValue(engine),
                        Cluster = parsed.GetValue(cluster),
                        CommandLine = commandLine,
                    },
                };
                if (chosen == "morris" && parsed.GetValue(secondOrder))
                {
                    throw new InputException("--second-order goes with --method sobol.");
                }
            }

            ReportFileCheck(parsed.GetValue(report), path, parsed.GetValue(outFile));
            var (result, played) = await SensitivityStudy.RunAsync(options, error, cancellation);
            if (result is null)
            {
                var kept = options.Sweep!.OutPath;
                if (played is { Interrupted: true })
                {
                    await error.WriteLineAsync($"negosim sensitivity: interrupted; {(kept is null ? "the rows were not kept (give --out to keep them)" : $"every written row of {kept} is whole: run the same command with --resume to finish")}.");
                    return ExitCodes.Failure;
                }

                await error.WriteLineAsync($"negosim sensitivity: shard {options.Sweep.Shard} of the design written to {kept}; when every shard is done: negosim merge SHARDS... --out design.csv, then negosim sensitivity design.csv.");
                return ExitCodes.Done;
            }

            if (parsed.GetValue(format) == "json")
            {
                await output.WriteLineAsync(SensitivityJson.Write(result));
            }
            else
            {
                SensitivitySummary.Write(output, result);
            }

            foreach (var warning in result.Warnings)
            {
                await error.WriteLineAsync($"negosim sensitivity: {warning}");
            }

            if (parsed.GetValue(report) is { } page)
            {
                SensitivityPage.Create(result, path).Write(page, $"negosim sensitivity {Path.GetFileName(path)}");
            }

            return ExitCodes.Done;
        });
        return command;
    }

    private static void ReportFileCheck(string? report, string path, string? rows) => Reports.ReportFile.Check(report, path, rows, rows is null ? null : SweepManifest.PathFor(rows));
}
