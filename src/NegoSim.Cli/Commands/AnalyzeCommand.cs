using System.CommandLine;
using NegoSim.Model.Analysis;
using NegoSim.Reports;
using NegoSim.Reports.Html;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim analyze FILE</c>: what theory predicts for the scenario, to compare with what the parties did.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.ScenarioFile();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var html = CommonOptions.Report();
        var pair = CommonOptions.ReportPair();
        var steps = CommonOptions.InductionSteps();
        var command = new Command("analyze", "Pareto frontier, Nash and Kalai–Smorodinsky points, maximum welfare, win-sets, zone of agreement and the subgame-perfect agreement.")
        {
            file, set, format, html, pair, steps,
        };
        command.SetAction(parsed =>
        {
            ReportFile.Check(parsed.GetValue(html), parsed.GetValue(file));
            var loaded = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
            var scenario = loaded.Scenario;
            var axes = ReportPair.Of(scenario, parsed.GetValue(pair));
            var report = OutcomeAnalysis.Analyze(loaded.Tables, parsed.GetValue(steps));
            Func<int, double>? passChance = scenario.Ratifiers.Any(r => r.IsUncertain) ? deal => loaded.Tables.PassChance(deal) : null;
            if (parsed.GetValue(format) == "json")
            {
                AnalysisWriter.WriteJson(output, scenario, report, passChance);
            }
            else
            {
                AnalysisWriter.WriteText(output, scenario, report, passChance);
            }

            if (parsed.GetValue(html) is { } path)
            {
                AnalysisPage.Create(loaded.Tables, report, axes, loaded.Parameters).Write(path, $"negosim analyze {loaded.Path}");
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
