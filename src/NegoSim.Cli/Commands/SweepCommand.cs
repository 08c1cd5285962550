using System.CommandLine;
using NegoSim.Sweeps;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim sweep FILE --vary …</c>: many runs over a parameter grid, one row per run.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, TextWriter error, string[] commandLine)
    {
        var file = CommonOptions.ScenarioFile();
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter or dotted path and its values: NAME=START:STEP:END (the steps must land on END, which is included) or NAME=a,b,c. Several --vary make a full factorial.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "NAME=VALUES",
        };
        var sample = new Option<int?>("--sample")
        {
            Description = "Draw N grid points by Latin hypercube from the --vary distributions (NAME~uniform(A,B), NAME~normal(MEAN,SD) truncated to the parameter's range, NAME~int(A,B), NAME~choice(X,Y,…)), seeded by --seed.",
            HelpName = "N",
        };
        var runs = new Option<int>("--runs") { Description = "Runs per grid point, each with its own seed.", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Master seed; a run's seed is derived from it, its point's values and its repetition (common random numbers: the same point draws the same in any grid).", DefaultValueFactory = _ => 0 };
        var workers = new Option<int>("--workers") { Description = "Parallel workers, each at most one core's work (default: the number of cores); on a cluster, lanes. The output does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outFile = new Option<string?>("--out") { Description = "Write rows to this file (and a manifest beside it, FILE.json); default: standard output.", HelpName = "FILE" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted sweep in --out after its last complete row." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing --out file." };
        var shard = new Option<string?>("--shard") { Description = "Run only grid points I, I+N, … of N shards (1 ≤ I ≤ N); join shards with 'negosim merge'.", HelpName = "I/N" };
        var columnNames = new Option<string>("--columns")
        {
            Description = "plain (the names as written, e.g. parties.kyiv.reservation) or r (letters, digits and '_' only: parties_kyiv_reservation).",
            DefaultValueFactory = _ => "plain",
            HelpName = "plain|r",
        }.AcceptOnlyFromAmong("plain", "r");
        var format = new Option<string?>("--format") { Description = "csv (default) or jsonl (default when --out ends in .jsonl).", HelpName = "csv|jsonl" }
            .AcceptOnlyFromAmong("csv", "jsonl");
        var engine = new Option<string?>("--engine")
        {
            Description = "direct (the model on this process's cores: the default, the fastest here), batch (negotiation grains play batches of runs: the default on a --cluster; traced, its grain calls are in the traces) or grains (every run through the party grains); same rows.",
        }.AcceptOnlyFromAmong("batch", "grains", "direct");
        var cluster = SiloCommand.ClusterOption();
        var set = CommonOptions.Set();
        var trace = CommonOptions.Trace();
        var traceSample = new Option<double>("--trace-sample")
        {
            Description = "With --trace: the share of runs traced, chosen by run index (default 0.001).",
            DefaultValueFactory = _ => 0.001,
            HelpName = "RATE",
        };
        var report = CommonOptions.Report();
        var discover = new Option<string?>("--discover")
        {
            Description = "After the sweep, find with PRIM the box of the varied parameters where this outcome happens (as negosim discover --outcome; needs --out).",
            HelpName = "OUTCOME",
        };
        var threshold = DiscoverCommand.Threshold();
        var rounds = new Option<string?>("--rounds")
        {
            Description = "Also write every round of every run to this JSON Lines file (offer, its worth to each party, each target and answer), once the rows are complete.",
            HelpName = "FILE.jsonl",
        };
        var command = new Command("sweep", "Run a scenario over a grid of parameter values; one row per run, a summary at the end.")
        {
            file, vary, sample, runs, seed, workers, outFile, resume, force, shard, format, columnNames, engine, cluster, set, trace, traceSample, report, discover, threshold, rounds,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var path = parsed.GetValue(file)!;
            var sets = parsed.GetValue(set);
            var outcome = parsed.GetValue(discover);
            if (outcome is not null && (parsed.GetValue(outFile) is null || parsed.GetValue(shard) is not null))
            {
                throw new Model.InputException("--discover needs the whole sweep's rows in --out (for shards: negosim merge, then negosim discover).");
            }

            if (outcome is not null)
            {
                Sweeps.Discovery.ScenarioDiscovery.Check(new Sweeps.Discovery.DiscoveryOptions(parsed.GetValue(outFile)!, outcome, parsed.GetValue(threshold)));
            }

            var result = await Sweep.RunAsync(
                new SweepOptions
                {
                    ScenarioPath = path,
                    Load = () => ScenarioLoading.Source(path, sets),
                    Vary = parsed.GetValue(vary) ?? [],
                    Sample = parsed.GetValue(sample),
                    Runs = parsed.GetValue(runs),
                    Seed = parsed.GetValue(seed),
                    Lanes = parsed.GetValue(workers),
                    LanesGiven = parsed.GetResult(workers) is { Implicit: false },
                    OutPath = parsed.GetValue(outFile),
                    Resume = parsed.GetValue(resume),
                    Force = parsed.GetValue(force),
                    Shard = parsed.GetValue(shard),
                    Format = parsed.GetValue(format),
                    RSafeColumns = parsed.GetValue(columnNames) == "r",
                    Engine = parsed.GetValue(engine),
                    Cluster = parsed.GetValue(cluster),
                    Trace = parsed.GetValue(trace),
                    TraceSample = parsed.GetValue(traceSample),
                    ReportPath = parsed.GetValue(report),
                    RoundsPath = parsed.GetValue(rounds),
                    CommandLine = commandLine,
                },
                output,
                error,
                cancellation);
            var ending = await Ending(result, error);
            if (outcome is not null && !result.Interrupted && result.Stopped is null)
            {
                await output.WriteLineAsync();
                DiscoverCommand.Print(output, Sweeps.Discovery.ScenarioDiscovery.Run(new Sweeps.Discovery.DiscoveryOptions(parsed.GetValue(outFile)!, outcome, parsed.GetValue(threshold))), json: false, report: null);
            }

            return ending;
        });
        return command;
    }

    /// <summary>Says how the sweep ended, if not plainly, and gives its exit code.</summary>
    private static async Task<int> Ending(SweepResult result, TextWriter error)
    {
        if (result.Stopped is not null)
        {
            await error.WriteLineAsync($"negosim sweep: stopped after {result.Rows:N0} of {result.Runs:N0} runs: {result.Stopped}. Every written row is whole; run the same command with --resume (here or on a new cluster) to finish.");
            return ExitCodes.Failure;
        }

        if (result.Interrupted)
        {
            await error.WriteLineAsync($"negosim sweep: interrupted after {result.Rows:N0} of {result.Runs:N0} runs; every written row is whole. Run the same command with --resume to finish.");
            return ExitCodes.Failure;
        }

        if (result.ErrorRows > 0)
        {
            await error.WriteLineAsync($"negosim sweep: {result.ErrorRows:N0} of {result.Runs:N0} runs are error rows (status=error, the reason in the error column): their values together make no scenario. Exit code {ExitCodes.ErrorRows}.");
            return ExitCodes.ErrorRows;
        }

        return ExitCodes.Done;
    }
}
