using System.CommandLine;
using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;
using NegoSim.Runner.Reports;
using NegoSim.Runner.Reports.Json;
using NegoSim.Runner.Telemetry;
using NegoSim.Silo;

namespace NegoSim.Runner.Commands;

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
        var command = new Command("run", "Play a scenario once through the party grains: the rounds, the signed deal and the ratification vote.")
        {
            file, seed, set, format, trace, cluster,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            var scenario = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
            NegotiationResult result;
            using (TraceSession.Start(parsed.GetValue(trace), error))
            {
                await using var silo = await SiloConnection.OpenAsync(parsed.GetValue(cluster), cancellation);
                result = await silo.RunAsync(scenario, parsed.GetValue(seed)).WaitAsync(cancellation);
            }

            var analysis = OutcomeAnalysis.Analyze(scenario.Tables);
            if (parsed.GetValue(format) == "json")
            {
                ReportJson.Write(output, RunReport.From(scenario, result, analysis));
            }
            else
            {
                TranscriptWriter.Write(output, scenario, result, analysis);
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
