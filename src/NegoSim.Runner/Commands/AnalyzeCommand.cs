using System.CommandLine;
using NegoSim.Model.Analysis;
using NegoSim.Runner.Reports;

namespace NegoSim.Runner.Commands;

/// <summary><c>negosim analyze FILE</c>: what theory predicts for the scenario, to compare with what the parties did.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.ScenarioFile();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var command = new Command("analyze", "Pareto frontier, Nash and Kalai–Smorodinsky points, maximum welfare, win-sets, zone of agreement and the subgame-perfect agreement.")
        {
            file, set, format,
        };
        command.SetAction(parsed =>
        {
            var scenario = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set)).Scenario;
            var report = OutcomeAnalysis.Analyze(scenario);
            if (parsed.GetValue(format) == "json")
            {
                AnalysisWriter.WriteJson(output, scenario, report);
            }
            else
            {
                AnalysisWriter.WriteText(output, scenario, report);
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
