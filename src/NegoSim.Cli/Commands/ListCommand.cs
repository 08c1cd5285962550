using System.CommandLine;
using NegoSim.Model;
using NegoSim.Model.Scenarios;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim list [DIR]</c>: the scenarios in a folder with their descriptions and parameters.</summary>
internal static class ListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("DIR") { Description = "Where to look (default: scenarios).", DefaultValueFactory = _ => "scenarios" };
        var command = new Command("list", "List scenarios: name, description and the parameters you can --set or --vary.") { directory };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                throw new InputException($"no such directory: {dir}");
            }

            var failed = 0;
            foreach (var path in ScenarioPaths.Expand([dir]))
            {
                try
                {
                    Write(output, ScenarioLoading.Load(path));
                }
                catch (ScenarioException e)
                {
                    error.WriteLine(e.Message);
                    failed++;
                }
            }

            return failed == 0 ? ExitCodes.Done : ExitCodes.BadInput;
        });
        return command;
    }

    private static void Write(TextWriter w, CompiledScenario file)
    {
        w.WriteLine(file.Path);
        w.WriteLine($"  {file.Scenario.Name}");
        foreach (var line in file.Scenario.Description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            w.WriteLine($"    {line}");
        }

        foreach (var p in file.Parameters)
        {
            var range = p.Min is null ? "" : $" in {p.RangeText}";
            var description = p.Description.Length > 0 ? $" — {p.Description}" : "";
            w.WriteLine($"  --set {p.Name}=… (default {p.Default}{range}){description}");
        }

        w.WriteLine();
    }
}
