using System.CommandLine;
using NegoSim.Hosting;
using NegoSim.Hosting.Telemetry;
using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Reports.Html;
using NegoSim.Reports.Json;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim run FILE</c>: plays the scenario once through the party grains and reports round by round.</summary>
internal static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var seed = CommonOptions.Seed();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var trace = CommonOptions.Trace();
        var cluster = SiloCommand.ClusterOption();
        var report = CommonOptions.Report();
        var pair = CommonOptions.ReportPair();
        var steps = CommonOptions.InductionSteps();
        var command = new Command("run", "Play a scenario once through the party grains: the rounds, the signed deal and the ratification vote.")
        {
            file, seed, set, format, trace, cluster, report, pair, steps,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            // Starting a silo is most of this command's time: it starts at once, while the scenario is read and
            // compiled; the analysis is worked out while the run plays.
            using var tracing = TraceSession.Start(parsed.GetValue(trace), error);
            var starting = Task.Run(() => SiloConnection.OpenAsync(parsed.GetValue(cluster), cancellation), cancellation);
            CompiledScenario scenario;
            ReportPair axes;
            try
            {
                ReportFile.Check(parsed.GetValue(report), parsed.GetValue(file));
                scenario = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
                axes = ReportPair.Of(scenario.Scenario, parsed.GetValue(pair));
            }
            catch
            {
                // Bad input is reported at once; the half-started silo goes with the process.
                _ = starting.ContinueWith(t => t.Result.DisposeAsync(), TaskScheduler.Default);
                throw;
            }

            var analysing = Task.Run(() => OutcomeAnalysis.Analyze(scenario.Tables, parsed.GetValue(steps)), cancellation);
            NegotiationResult result;
            await using (var silo = await starting)
            {
                result = await silo.RunAsync(scenario, parsed.GetValue(seed)).WaitAsync(cancellation);
            }

            // Spans on stderr come before the transcript; spans sent to a backend are flushed after it, so the output
            // never waits for the backend.
            if (tracing is { ExportsElsewhere: false })
            {
                tracing.Dispose();
            }

            var analysis = await analysing;
            if (parsed.GetValue(format) == "json")
            {
                ReportJson.Write(output, RunReport.From(scenario, result, analysis));
            }
            else
            {
                TranscriptWriter.Write(output, scenario, result, analysis);
            }

            if (parsed.GetValue(report) is { } html)
            {
                RunPage.Create(scenario, result, analysis, axes).Write(html, $"negosim run {scenario.Path} · seed {result.Seed}");
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
