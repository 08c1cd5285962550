using System.CommandLine;
using System.Reflection;
using System.Runtime.InteropServices;
using NegoSim.Hosting;
using NegoSim.Hosting.Telemetry;
using NegoSim.Model;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Report;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim sweep FILE --vary …</c>: many runs over a parameter grid, one row per run.</summary>
internal static class SweepCommand
{
    /// <summary>The most workers a sweep takes: each keeps a few grid points' tables in memory.</summary>
    private const int MostWorkers = 1024;

    public static Command Create(TextWriter output, TextWriter error, string[] commandLine)
    {
        var file = CommonOptions.CompiledScenario();
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter or dotted path and its values: NAME=START:STEP:END (the steps must land on END, which is included) or NAME=a,b,c. Several --vary make a full factorial.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "NAME=VALUES",
        };
        var sample = new Option<int?>("--sample")
        {
            Description = "Draw N grid points by Latin hypercube from the --vary distributions (NAME~uniform(A,B), NAME~normal(MEAN,SD), clipped to the parameter's range), seeded by --seed.",
            HelpName = "N",
        };
        var runs = new Option<int>("--runs") { Description = "Runs per grid point, each with its own seed.", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "Master seed; run r gets a seed derived from it and r.", DefaultValueFactory = _ => 0 };
        var workers = new Option<int>("--workers") { Description = "Parallel workers, each at most one core's work (default: the number of cores); on a cluster, lanes. The output does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var outFile = new Option<string?>("--out") { Description = "Write rows to this file (and a manifest beside it, FILE.json); default: standard output.", HelpName = "FILE" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted sweep in --out after its last complete row." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing --out file." };
        var shard = new Option<string?>("--shard") { Description = "Run only grid points I, I+N, … of N shards (1 ≤ I ≤ N); join shards with 'negosim merge'.", HelpName = "I/N" };
        var format = new Option<string?>("--format") { Description = "csv (default) or jsonl (default when --out ends in .jsonl).", HelpName = "csv|jsonl" }
            .AcceptOnlyFromAmong("csv", "jsonl");
        var engine = new Option<string>("--engine")
        {
            Description = "batch (negotiation grains play batches of runs: the fastest), grains (every run through the party grains) or direct (the model without Orleans); same rows.",
            DefaultValueFactory = _ => "batch",
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
        var command = new Command("sweep", "Run a scenario over a grid of parameter values; one row per run, a summary at the end.")
        {
            file, vary, sample, runs, seed, workers, outFile, resume, force, shard, format, engine, cluster, set, trace, traceSample, report,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var path = parsed.GetValue(file)!;
            var outPath = parsed.GetValue(outFile);
            if (parsed.GetValue(resume) && outPath is null)
            {
                throw new InputException("--resume needs --out FILE: there is nothing to resume on standard output.");
            }

            // Every option is checked before any file is touched.
            var sampleRate = parsed.GetValue(traceSample);
            if (sampleRate is < 0 or > 1)
            {
                throw new InputException($"--trace-sample {sampleRate}: a share from 0 to 1.");
            }

            if (outPath is not null)
            {
                CheckOut(outPath, path, parsed.GetValue(resume), parsed.GetValue(force));
            }

            var reportPath = parsed.GetValue(report);
            CommonOptions.CheckReport(reportPath, path, outPath, outPath is null ? null : SweepManifest.PathFor(outPath));

            if (parsed.GetValue(workers) is < 1 or > MostWorkers)
            {
                throw new InputException($"--workers {parsed.GetValue(workers)}: from 1 to {MostWorkers:N0} (each holds grid points in memory; more than the cores seldom helps).");
            }

            var engineName = parsed.GetValue(engine);
            var clusterAddress = parsed.GetValue(cluster);
            if (engineName == "direct" && clusterAddress is not null)
            {
                throw new InputException("--engine direct plays in this process; it cannot run on a --cluster.");
            }

            // Starting a silo takes most of a second: it starts at once, while the scenario is read and the output
            // opened. Bad input is still reported at once; a silo not yet taken goes with the process.
            var starting = engineName == "direct" ? null : Task.Run(() => SiloConnection.OpenAsync(clusterAddress, cancellation), cancellation);
            var taken = false;
            try
            {
                var axes = (parsed.GetValue(vary) ?? []).Select(VaryAxis.Parse).ToList();
                var source = ScenarioLoading.Source(path, parsed.GetValue(set));
                var grid = parsed.GetValue(sample) is { } points
                    ? SweepGrid.Sampled(axes, parsed.GetValue(runs), points, parsed.GetValue(seed), RangesOf(source))
                    : SweepGrid.Create(axes, parsed.GetValue(runs));
                var plan = new SweepPlan(
                    source,
                    grid,
                    parsed.GetValue(seed),
                    parsed.GetValue(shard) is { } s ? Shard.Parse(s) : Shard.Whole);
                if (plan.Runs == 0)
                {
                    throw new InputException($"shard {plan.Shard} has no grid points: the grid has only {grid.Points:N0}.");
                }

                var first = plan.ScenarioAt(plan.PointOf(plan.RunAt(0)));
                var columns = SweepColumns.For(grid.Axes.Select(a => a.Name), first.Scenario);
                plan.CheckValues(first, f => columns.Fit(f.Scenario));
                var formatName = parsed.GetValue(format) ?? (outPath?.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) == true ? "jsonl" : "csv");
                var rows = SweepFormat.Create(formatName, columns);
                var summary = new SweepSummary(grid, columns, DrawsOnChance(plan, first)) { Bins = reportPath is null ? null : new SweepBins(grid) };
                var manifest = Manifest(plan, first, formatName, commandLine);
                if (outPath is not null && parsed.GetValue(resume) && File.Exists(SweepManifest.PathFor(outPath)))
                {
                    var earlier = SweepManifest.Read(SweepManifest.PathFor(outPath));
                    var difference = earlier.DifferenceFrom(manifest) ?? (earlier.Shard != manifest.Shard ? "--shard differs" : null);
                    if (difference is not null)
                    {
                        throw new InputException($"{outPath} holds a different sweep ({difference}), so it cannot be resumed; start again with --force.");
                    }

                    manifest = manifest with { Started = earlier.Started };
                }

                var kept = new RowOrderCheck(plan.Order, formatName, outPath ?? "", columns.Names.Count(), "; the file cannot be resumed: start again with --force");
                using var sink = outPath is null
                    ? SweepOutput.ToWriter(output, rows.Header)
                    : SweepOutput.ToFile(outPath, rows.Header, parsed.GetValue(resume), parsed.GetValue(force), (line, number) =>
                    {
                        kept.Check(line, number);
                        var record = SweepRecord.Parse(line, formatName, columns);
                        if (!record.TryStatus(out var status))
                        {
                            throw new InputException($"{outPath}:{number}: the status '{record.Status}' is none a sweep writes ({string.Join(", ", Enum.GetValues<OutcomeStatus>().Select(s => s.Name()))} or error); the file cannot be resumed: start again with --force.");
                        }

                        summary.Add(plan.PointOf(record.Run), status, record.DealIn(columns.Space), record.Round, record.Utilities);
                    });
                if (outPath is not null)
                {
                    manifest.Write(SweepManifest.PathFor(outPath));
                }

                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
                {
                    context.Cancel = true;
                    stop.Cancel();
                });
                using var tracing = TraceSession.Start(parsed.GetValue(trace), error, sweep: true);
                var progress = new SweepProgress(error, plan.Runs, sink.ExistingRows, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
                // A cluster's client must know the silos before it starts; an embedded silo finishes starting while the
                // first points are prepared. From here on the silo is disposed below, after the engine.
                var silo = clusterAddress is null ? null : await starting!;
                taken = true;
                await using var started = new SiloDisposal(starting);
                await using var runner = starting is null ? (ISweepEngine)new DirectSweepEngine() : new GrainSweepEngine(starting, throughParties: engineName == "grains", clusterAddress, message => error.WriteLine($"negosim sweep: {message}"));
                var workerCount = parsed.GetValue(workers);
                if (silo is not null)
                {
                    // On a cluster a worker is a lane of batches placed on a silo: by default four lanes a silo.
                    var silos = (await silo.ActiveSilosAsync()).Length;
                    workerCount = parsed.GetResult(workers) is { Implicit: false } ? workerCount : Math.Max(1, 4 * silos);
                    manifest = manifest with { Cluster = clusterAddress, Silos = silos };
                    if (outPath is not null)
                    {
                        manifest.Write(SweepManifest.PathFor(outPath));
                    }
                }

                var (written, interrupted, stopped) = await new SweepRunner(plan, columns, runner, workerCount, tracing is null ? null : run => SweepTracing.Sampled(run, sampleRate)).RunAsync(
                    sink.ExistingRows,
                    rows,
                    sink,
                    row =>
                    {
                        summary.Add(row.Point, row.Status, row.Deal, row.Round, row.Utilities);
                        progress.Row();
                    },
                    stop.Token);
                progress.End();

                if (outPath is not null)
                {
                    (manifest with
                    {
                        Finished = DateTimeOffset.UtcNow,
                        Interrupted = interrupted,
                        Counts = summary.Total.ByStatus,
                    }).Write(SweepManifest.PathFor(outPath));
                }

                summary.Write(outPath is null ? error : output);
                if (reportPath is not null)
                {
                    SweepPage.Create(manifest, summary, columns, plan.Runs).Write(reportPath, $"negosim sweep {plan.Source.File} · {Numbers.Count(plan.Runs)} runs · seed {plan.MasterSeed}");
                }

                if (stopped is not null)
                {
                    await error.WriteLineAsync($"negosim sweep: stopped after {sink.ExistingRows + written:N0} of {plan.Runs:N0} runs: {stopped}. Every written row is whole; run the same command with --resume (here or on a new cluster) to finish.");
                    return ExitCodes.Failure;
                }

                if (interrupted)
                {
                    await error.WriteLineAsync($"negosim sweep: interrupted after {sink.ExistingRows + written:N0} of {plan.Runs:N0} runs; every written row is whole. Run the same command with --resume to finish.");
                    return ExitCodes.Failure;
                }

                if (summary.Total.Errors > 0)
                {
                    await error.WriteLineAsync($"negosim sweep: {summary.Total.Errors:N0} of {plan.Runs:N0} runs are error rows (status=error, the reason in the error column): their values together make no scenario. Exit code {ExitCodes.ErrorRows}.");
                    return ExitCodes.ErrorRows;
                }

                return ExitCodes.Done;
            }
            catch when (!taken)
            {
                _ = starting?.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.CompletedTask, TaskScheduler.Default);
                throw;
            }
        });
        return command;
    }

    /// <summary>
    /// Whether a run of the sweep's scenario may depend on its seed: a faction whose discipline is below 1 votes by
    /// chance. Looked for at the first and last grid points; a scenario with events (which may change factions), an
    /// axis that names a discipline, or a last point that makes no scenario is taken to draw on chance.
    /// </summary>
    private static bool DrawsOnChance(SweepPlan plan, CompiledScenario first)
    {
        static bool Chance(Scenario s) => !s.Events.IsEmpty || s.Ratifiers.Any(r => r.Factions.Any(f => f.Discipline < 1));
        if (Chance(first.Scenario) || plan.Grid.Axes.Any(a => a.Name.Contains("discipline", StringComparison.Ordinal)))
        {
            return true;
        }

        try
        {
            return Chance(plan.ScenarioAt(plan.Grid.Points - 1).Scenario);
        }
        catch (ScenarioException)
        {
            return true;
        }
    }

    /// <summary>Refuses an output that is empty, a folder or the scenario itself, or a manifest that would be overwritten.</summary>
    private static void CheckOut(string outPath, string scenarioPath, bool resume, bool force)
    {
        if (string.IsNullOrWhiteSpace(outPath))
        {
            throw new InputException("--out: give a file name.");
        }

        if (Directory.Exists(outPath))
        {
            throw new InputException($"--out {outPath}: that is a folder; give a file name, e.g. {Path.Combine(outPath, "sweep.csv")}.");
        }

        if (Path.GetFullPath(outPath) == Path.GetFullPath(scenarioPath))
        {
            throw new InputException($"--out {outPath}: that is the scenario file; choose another name.");
        }

        var manifest = SweepManifest.PathFor(outPath);
        if (resume && File.Exists(outPath) && !File.Exists(manifest))
        {
            throw new InputException($"cannot resume {outPath}: its manifest {manifest} is missing, so nothing says which sweep (scenario, seed, grid) its rows came from; start again with --force.");
        }

        if (!File.Exists(outPath) && File.Exists(manifest) && !resume && !force)
        {
            throw new InputException($"{manifest} already exists (a sweep's manifest without its rows); --force overwrites it.");
        }
    }

    /// <summary>The range of each of the scenario's parameters, to clip sampled values to (a dotted path has none).</summary>
    private static Func<string, (double? Min, double? Max)> RangesOf(ScenarioSource source)
    {
        var parameters = ScenarioReader.Read(source).Parameters.ToDictionary(p => p.Name);
        return name => parameters.TryGetValue(name, out var p) ? (p.Min, p.Max) : (null, null);
    }

    private static SweepManifest Manifest(SweepPlan plan, CompiledScenario first, string format, string[] commandLine) => new()
    {
        NegosimVersion = typeof(SweepCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        ScenarioFile = plan.Source.File,
        ScenarioSha256 = plan.Source.TextHash(),
        ScenarioFiles = [.. plan.Source.Files.Select(f => new ManifestFile(f.Name, f.Sha256()))],
        ScenarioName = first.Scenario.Name,
        Command = ["negosim", .. commandLine],
        Sets = plan.Source.Sets,
        MasterSeed = plan.MasterSeed,
        RunsPerPoint = plan.Grid.RunsPerPoint,
        Grid = [.. plan.Grid.Axes.Select(a => new ManifestAxis(a.Name, a.Distribution is null ? a.Values : [$"~{a.Distribution}"]))],
        Sample = plan.Grid.IsSampled ? plan.Grid.Samples.Length : null,
        Format = format,
        Shard = plan.Shard.IsWhole ? null : plan.Shard.ToString(),
        Runs = plan.Runs,
        Started = DateTimeOffset.UtcNow,
    };
}
