using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NegoSim.Model;
using NegoSim.Reports;
using NegoSim.Sweeps.Tournaments;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim tournament FILE|DIR... --agent SPEC...</c>: every pair of agents in both roles on every scenario, scored and ranked.</summary>
internal static class TournamentCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Two-negotiator scenario files, or folders (every .yaml below).", Arity = ArgumentArity.OneOrMore };
        var agents = new Option<string[]>("--agent")
        {
            Description = "An agent: a preset (boulware, linear, conceder, hardliner, tit-for-tat, micro) or NAME=KEY=VALUE;KEY=VALUE… (e.g. learner=strategy=boulware;opponent-model=frequency). Default: the six presets.",
            AllowMultipleArgumentsPerToken = false,
        };
        var runs = new Option<int>("--runs") { Description = "Repetitions of every pairing (each with its own seed).", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong>("--seed") { Description = "The master seed.", DefaultValueFactory = _ => 0 };
        var workers = new Option<int>("--workers") { Description = "Cores to play on (on silos: lanes of batches). The rows do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = new Option<string>("--engine")
        {
            Description = "direct (the model on this process's cores: the fastest), batch (a sweep's batches on an embedded silo, or on --cluster) or grains (every run through the party grains); same rows.",
            DefaultValueFactory = _ => "direct",
        }.AcceptOnlyFromAmong("direct", "batch", "grains");
        var cluster = SiloCommand.ClusterOption();
        var outFile = new Option<string?>("--out") { Description = "Write one row per negotiation to this CSV file." };
        var resume = new Option<bool>("--resume") { Description = "Go on with an interrupted tournament's --out file." };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists." };
        var report = CommonOptions.Report();
        var command = new Command("tournament", "Play every pair of agents in both roles on every scenario, and rank the agents with 95 % intervals.")
        {
            files, agents, runs, seed, workers, engine, cluster, outFile, resume, force, report,
        };
        command.SetAction(async (parsed, cancel) =>
        {
            var specs = parsed.GetValue(agents) is { Length: > 0 } given ? given : [.. Agent.Presets];
            var contestants = specs.Select(Agent.Parse).ToList();
            if (contestants.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InputException($"--agent {twice.Key}: named twice; give each agent its own name.");
            }

            var repetitions = parsed.GetValue(runs);
            if (repetitions is < 1 or > 1_000_000)
            {
                throw new InputException($"--runs {repetitions}: give 1 to 1,000,000 repetitions.");
            }

            var scenarios = ScenarioPaths.Expand(parsed.GetValue(files)!).Select(p => (p, ScenarioLoading.Source(p))).ToList();
            ReportFile.Check(parsed.GetValue(report), [.. scenarios.Select(s => s.p), parsed.GetValue(outFile)]);
            var clusterAddress = parsed.GetValue(cluster);
            var engineName = clusterAddress is not null && parsed.GetResult(engine) is null or { Implicit: true } ? "batch" : parsed.GetValue(engine)!;
            var options = new TournamentOptions([.. scenarios], [.. contestants], repetitions, parsed.GetValue(seed), Math.Max(1, parsed.GetValue(workers)), engineName, clusterAddress);
            var path = parsed.GetValue(outFile);
            var done = Existing(path, parsed.GetValue(resume), parsed.GetValue(force), options);
            using var writer = path is null ? null : new StreamWriter(path, append: done.Count > 0);
            if (writer is not null && done.Count == 0)
            {
                writer.WriteLine(TournamentRow.Header);
            }

            var clock = Stopwatch.StartNew();
            var result = await Tournament.RunAsync(options, done, rows =>
            {
                if (writer is null)
                {
                    return;
                }

                foreach (var row in rows)
                {
                    writer.WriteLine(row.ToCsv());
                }

                writer.Flush();
            }, null, cancel);
            TournamentSummary.Write(output, result, options);
            if (parsed.GetValue(report) is { } page)
            {
                TournamentPage.Create(result, options).Write(page, "negosim tournament");
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"negosim tournament: {result.Negotiations - done.Count:N0} negotiations played in {clock.Elapsed.TotalSeconds:0.0} s{(done.Count > 0 ? $" ({done.Count:N0} from the earlier run)" : "")}"));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The rows an interrupted run left, checked to be this tournament's; none for a new file.</summary>
    private static List<TournamentRow> Existing(string? path, bool resume, bool force, TournamentOptions options)
    {
        if (path is null || !File.Exists(path))
        {
            return resume && path is not null ? throw new InputException($"--resume: {path} does not exist; leave out --resume to start.") : [];
        }

        if (!resume)
        {
            return force ? [] : throw new InputException($"--out {path}: the file exists; give --resume to go on with it or --force to start again.");
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != TournamentRow.Header)
        {
            throw new InputException($"--resume: {path} is not a tournament's rows (its first line is not the header).");
        }

        var rows = lines.Skip(1).Select(TournamentRow.Parse).TakeWhile(r => r is not null).Select(r => r!).ToList();
        var expected = Tournament.Schedule(options).Take(rows.Count).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, match) = (rows[i], expected[i]);
            if (row.Match != match.Index || row.Seed != match.Seed || row.First != options.Agents[match.First].Name || row.Second != options.Agents[match.Second].Name)
            {
                throw new InputException($"--resume: row {i + 1} of {path} is not this tournament's (other agents, scenarios, runs or seed); start it again with --force.");
            }
        }

        // A last line cut short by the interruption is dropped: the file keeps its whole lines only, as written.
        if (rows.Count < lines.Length - 1)
        {
            File.WriteAllLines(path, lines.Take(1 + rows.Count));
        }

        return rows;
    }
}
