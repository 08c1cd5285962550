using System.CommandLine;
using NegoSim.Model;
using NegoSim.Model.Scenarios;

namespace NegoSim.Cli.Commands;

/// <summary>The <c>negosim</c> command line: builds the commands and turns every failure into one clear line on stderr and an exit code.</summary>
public static class NegoSimCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("NegoSim: play, sweep and analyse multi-party negotiations with domestic ratification (two-level games).")
        {
            RunCommand.Create(output, error),
            EvaluateCommand.Create(output),
            AnalyzeCommand.Create(output),
            ValidateCommand.Create(output, error),
            ListCommand.Create(output, error),
            SweepCommand.Create(output, error, args),
            MergeCommand.Create(output, error),
            SensitivityCommand.Create(output, error, args),
            DiscoverCommand.Create(output),
            TournamentCommand.Create(output, error),
            ImportCommand.Create(output, error),
            ExportCommand.Create(output, error),
            SiloCommand.Create(output, error),
            ServeCommand.Create(output),
        };

        // No command, or 'help [COMMAND]': the help, as dotnet and git give it.
        if (args.Length == 0 || args[0] == "help")
        {
            args = [.. args.Skip(1).Take(1), "--help"];
        }

        var commands = root.Subcommands.Select(c => c.Name).ToList();
        if (!args[0].StartsWith('-') && !commands.Contains(args[0]))
        {
            var meant = Suggestion.Closest(args[0], commands);
            await error.WriteLineAsync($"negosim: unknown command '{args[0]}'{(meant is null ? "" : $"; did you mean '{meant}'?")}");
            await error.WriteLineAsync($"Commands: {string.Join(", ", commands)}. Try 'negosim --help'.");
            return ExitCodes.BadInput;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"negosim: {problem.Message}");
            }

            await error.WriteLineAsync("Try 'negosim --help'.");
            return ExitCodes.BadInput;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ScenarioException e)
        {
            await error.WriteLineAsync(e.Message);
            return ExitCodes.BadInput;
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"negosim: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("negosim: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NEGOSIM_DEBUG") is null)
        {
            await error.WriteLineAsync($"negosim: {e.GetType().Name}: {e.Message} (set NEGOSIM_DEBUG=1 for details)");
            return ExitCodes.Failure;
        }
    }
}
