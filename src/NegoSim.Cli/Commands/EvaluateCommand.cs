using System.CommandLine;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim evaluate FILE --deal …</c>: what each party and faction makes of one deal.</summary>
internal static class EvaluateCommand
{
    public static Command Create(TextWriter output)
    {
        var file = CommonOptions.ScenarioFile();
        var set = CommonOptions.Set();
        var format = CommonOptions.Format();
        var deal = new Option<string>("--deal")
        {
            Description = "The deal, every term once: term=value,term=value,… (e.g. guarantees=supports-efforts,reimbursement=0,…).",
            Required = true,
            HelpName = "TERM=VALUE,...",
        };
        var command = new Command("evaluate", "Score one deal: each negotiator's utility and whether it would accept, whether ratification is needed and how each faction would vote.")
        {
            file, deal, set, format,
        };
        command.SetAction(parsed =>
        {
            var scenario = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
            var evaluation = Evaluation.Of(scenario.Scenario, DealParser.Parse(scenario.Scenario.Space, parsed.GetValue(deal)!));
            if (parsed.GetValue(format) == "json")
            {
                EvaluationWriter.WriteJson(output, evaluation);
            }
            else
            {
                EvaluationWriter.WriteText(output, evaluation);
            }

            return ExitCodes.Done;
        });
        return command;
    }
}
