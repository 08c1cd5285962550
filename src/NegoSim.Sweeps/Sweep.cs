using System.Reflection;
using System.Runtime.InteropServices;
using NegoSim.Hosting;
using NegoSim.Hosting.Telemetry;
using NegoSim.Model;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Sweeps.Report;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>
/// <c>negosim sweep</c>'s one service: checks the options (before any file is touched), starts the silo (or joins the
/// cluster) while the scenario is read, opens or resumes the output, plays the runs on the lanes, writes the manifest,
/// the summary (to <c>error</c> when the rows go to <c>output</c>) and the report.
/// </summary>
public static class Sweep
{
    /// <summary>The most lanes a sweep takes: each keeps a few grid points' tables in memory.</summary>
    private const int MostLanes = 1024;

    /// <exception cref="InputException">An option, or the output to resume, cannot be used; nothing was written.</exception>
    /// <exception cref="ScenarioException">The scenario, or a value of an axis, is not valid.</exception>
    public static async Task<SweepResult> RunAsync(SweepOptions options, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var outPath = options.OutPath;
        if (options.Resume && outPath is null)
        {
            throw new InputException("--resume needs --out FILE: there is nothing to resume on standard output.");
        }

        // Every option is checked before any file is touched.
        var sampleRate = options.TraceSample;
        if (sampleRate is < 0 or > 1)
        {
            throw new InputException($"--trace-sample {sampleRate}: a share from 0 to 1.");
        }

        if (outPath is not null)
        {
            CheckOut(outPath, options.ScenarioPath, options.Resume, options.Force);
        }

        var reportPath = options.ReportPath;
        ReportFile.Check(reportPath, options.ScenarioPath, outPath, outPath is null ? null : SweepManifest.PathFor(outPath));
        if (options.RoundsPath is { } rounds)
        {
            var full = Path.GetFullPath(rounds);
            if (Directory.Exists(rounds) || new[] { options.ScenarioPath, outPath, reportPath, outPath is null ? null : SweepManifest.PathFor(outPath) }.Any(p => p is not null && Path.GetFullPath(p) == full))
            {
                throw new InputException($"--rounds {rounds}: give a file of its own (not a folder, the scenario, --out, its manifest or --report), e.g. rounds.jsonl.");
            }

            if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            {
                throw new InputException($"--rounds {rounds}: the folder {folder} does not exist.");
            }

            if (File.Exists(rounds) && !options.Force && !options.Resume)
            {
                throw new InputException($"--rounds {rounds}: the file exists; --force overwrites it (and --resume writes it again once the rows are complete).");
            }
        }

        if (options.Lanes is < 1 or > MostLanes)
        {
            throw new InputException($"--workers {options.Lanes}: from 1 to {MostLanes:N0} (each holds grid points in memory; more than the cores seldom helps).");
        }

        var engineName = options.Engine ?? (options.Cluster is null ? "direct" : "batch");
        var clusterAddress = options.Cluster;
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
            var axes = options.Vary.Select(VaryAxis.Parse).ToList();
            var source = options.Load();
            var grid = options.Design is { } design ? SweepGrid.Designed(axes, options.Runs, design, options.Seed, RangesOf(source))
                : options.Sample is { } points ? SweepGrid.Sampled(axes, options.Runs, points, options.Seed, RangesOf(source))
                : SweepGrid.Create(axes, options.Runs);
            var plan = new SweepPlan(
                source,
                grid,
                options.Seed,
                options.Shard is { } s ? Shard.Parse(s) : Shard.Whole);
            if (plan.Runs == 0)
            {
                throw new InputException($"shard {plan.Shard} has no grid points: the grid has only {grid.Points:N0}.");
            }

            var first = plan.ScenarioAt(plan.PointOf(plan.RunAt(0)));
            var columns = SweepColumns.For(grid.Axes.Select(a => a.Name), first.Scenario, options.RSafeColumns);
            plan.CheckValues(first, f => columns.Fit(f.Scenario));
            var formatName = options.Format ?? (outPath?.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) == true ? "jsonl" : "csv");
            var rows = SweepFormat.Create(formatName, columns);
            var summary = new SweepSummary(grid, columns, DrawsOnChance(plan, first)) { Bins = reportPath is null ? null : new SweepBins(grid) };
            var manifest = Manifest(plan, first, formatName, options.CommandLine) with { Columns = options.RSafeColumns ? "r" : "plain", Design = options.Design?.ToString() };
            if (outPath is not null && options.Resume && File.Exists(SweepManifest.PathFor(outPath)))
            {
                var earlier = SweepManifest.Read(SweepManifest.PathFor(outPath));
                var difference = earlier.DifferenceFrom(manifest) ?? (earlier.Shard != manifest.Shard ? "--shard differs" : null);
                if (difference is not null)
                {
                    throw new InputException($"{outPath} holds a different sweep ({difference}), so it cannot be resumed; start again with --force.");
                }

                manifest = manifest with { Started = earlier.Started };
            }

            var kept = new RowOrderCheck(plan.Order, [.. columns.Axes.Select(a => columns.RSafe ? SweepColumns.Safe(a) : a)], formatName, outPath ?? "", columns.Names.Count(), "; the file cannot be resumed: start again with --force");
            using var sink = outPath is null
                ? SweepOutput.ToWriter(output, rows.Header)
                : SweepOutput.ToFile(outPath, rows.Header, options.Resume, options.Force, (line, number) =>
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
                try
                {
                    manifest.Write(SweepManifest.PathFor(outPath));
                }
                catch (IOException)
                {
                    // A full disk before the first row: what this sweep made goes, so the same command can run again.
                    if (sink.Abandon())
                    {
                        File.Delete(SweepManifest.PathFor(outPath));
                    }

                    throw;
                }
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            using var tracing = TraceSession.Start(options.Trace, error, sweep: true);
            var progress = new SweepProgress(error, plan.Runs, sink.ExistingRows, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
            // A cluster's client must know the silos before it starts; an embedded silo finishes starting while the
            // first points are prepared. From here on the silo is disposed below, after the engine.
            var silo = clusterAddress is null ? null : await starting!;
            taken = true;
            await using var started = new SiloDisposal(starting);
            await using var runner = starting is null ? (ISweepEngine)new DirectSweepEngine() : new GrainSweepEngine(starting, throughParties: engineName == "grains", clusterAddress, message => error.WriteLine($"negosim sweep: {message}"));
            var lanes = options.Lanes;
            if (silo is not null)
            {
                // On a cluster a lane of batches is placed on a silo: by default four lanes a silo.
                var silos = (await silo.ActiveSilosAsync()).Length;
                lanes = options.LanesGiven ? lanes : Math.Max(1, 4 * silos);
                manifest = manifest with { Cluster = clusterAddress, Silos = silos };
                if (outPath is not null)
                {
                    manifest.Write(SweepManifest.PathFor(outPath));
                }
            }

            // The sweep's own span, a trace of its own that every traced run's links to.
            using var sweepSpan = tracing is null ? null : SweepTracing.Source.StartActivity(SweepTracing.SweepSpanPrefix + first.Scenario.Name);
            sweepSpan?.SetTag("negosim.runs", plan.Runs).SetTag("negosim.seed", Model.Telemetry.NegotiationTelemetry.SeedValue(plan.MasterSeed))
                .SetTag("negosim.trace_sample", sampleRate);
            var (written, interrupted, stopped) = await new SweepRunner(plan, columns, runner, lanes, tracing is null ? null : run => SweepTracing.Sampled(run, sampleRate)).RunAsync(
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

            if (options.RoundsPath is { } roundsPath && !interrupted && stopped is null)
            {
                try
                {
                    SweepRounds.Write(plan, roundsPath, Math.Min(options.Lanes, Environment.ProcessorCount), stop.Token);
                }
                catch (OperationCanceledException)
                {
                    error.WriteLine($"negosim sweep: interrupted while writing {roundsPath}; the rows are whole, the rounds were not written (run the command again with --resume to write them).");
                    interrupted = true;
                }
            }

            summary.Write(outPath is null ? error : output);
            if (reportPath is not null)
            {
                SweepPage.Create(manifest, summary, columns, plan.Runs, first.Parameters).Write(reportPath, $"negosim sweep {plan.Source.File} · {Numbers.Count(plan.Runs)} runs · seed {plan.MasterSeed}");
            }

            return new SweepResult(plan.Runs, sink.ExistingRows + written, interrupted || stopped is not null, stopped, summary.Total.Errors);
        }
        catch when (!taken)
        {
            _ = starting?.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.DisposeAsync().AsTask() : Task.CompletedTask, TaskScheduler.Default);
            throw;
        }
    }

    /// <summary>
    /// Whether a run of the sweep's scenario may depend on its seed: a faction whose discipline is below 1 votes by
    /// chance, one known only by a belief draws its reservation, a referendum draws its swing, a risk of breakdown ends
    /// talks by chance, a random proposer is drawn. Looked for at the first and last grid points; a scenario with events (which may change factions), an
    /// axis that names a discipline, or a last point that makes no scenario is taken to draw on chance.
    /// </summary>
    private static bool DrawsOnChance(SweepPlan plan, CompiledScenario first)
    {
        static bool Chance(Scenario s) =>
            !s.Events.IsEmpty || s.Protocol.Breakdown > 0 || s.Protocol.RandomProposer || s.Ratifiers.Any(r => r.IsUncertain || r.Factions.Any(f => f.Discipline < 1));
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

    private static SweepManifest Manifest(SweepPlan plan, CompiledScenario first, string format, IReadOnlyList<string> commandLine) => new()
    {
        NegosimVersion = typeof(Sweep).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
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
        Seeds = PointSeedsText,
    };

    /// <summary>How the manifest says run seeds are made.</summary>
    private const string PointSeedsText = "common random numbers: a run's seed depends only on master_seed, its point's values (the --set values overlaid with its --vary values) and its repetition";
}
