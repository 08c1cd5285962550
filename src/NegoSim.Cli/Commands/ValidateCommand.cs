using System.CommandLine;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim validate FILE...</c>: checks scenario files without playing them.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE") { Description = "Scenario files or directories (every .yaml below).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check scenario files: every key, term, party, weight and value; exit code 2 if any is invalid.") { files };
        command.SetAction(parsed =>
        {
            var failed = 0;
            foreach (var path in ScenarioPaths.Expand(parsed.GetValue(files)!))
            {
                try
                {
                    var scenario = ScenarioLoading.Load(path).Scenario;
                    output.WriteLine($"ok  {path}: {scenario.Name} ({Numbers.Count(scenario.Space.Count)} possible deals; negotiators: {string.Join(", ", scenario.Negotiators.Select(n => n.Name))}; ratifiers: {(scenario.Ratifiers.IsEmpty ? "none" : string.Join(", ", scenario.Ratifiers.Select(r => r.Name)))}; events: {scenario.Events.Length})");
                }
                catch (ScenarioException e)
                {
                    error.WriteLine(Model.Excerpt.Of(e.Message, 1_000));
                    failed++;
                }
            }

            return failed == 0 ? ExitCodes.Done : ExitCodes.BadInput;
        });
        return command;
    }
}
