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

        // The system hands .NET each argument's bytes decoded as UTF-8; bytes that are not UTF-8 arrive as U+FFFD, so a
        // path holding them would be written or read under another name. Refused rather than guessed.
        if (args.Select((a, i) => (Arg: a, Index: i)).FirstOrDefault(a => a.Arg.Contains('\uFFFD', StringComparison.Ordinal)) is { Arg: not null } garbled)
        {
            await error.WriteLineAsync($"negosim: argument {garbled.Index + 1} ({Excerpt.Of(garbled.Arg, ParseErrors.LongestValue)}) holds bytes that are not UTF-8; negosim cannot name such a file exactly: rename it, or give a path in UTF-8.");
            return ExitCodes.BadInput;
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
                await error.WriteLineAsync($"negosim: {ParseErrors.Plain(ScenarioException.OneLine(problem.Message))}");
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
            await error.WriteLineAsync(Excerpt.Of(e.Message, 1_000));
            return ExitCodes.BadInput;
        }
        catch (InputException e)
        {
            await error.WriteLineAsync($"negosim: {Excerpt.Of(e.Message, 2_000)}");
            return ExitCodes.BadInput;
        }
        catch (NegoSim.Reports.UnwritablePathException e)
        {
            await error.WriteLineAsync($"negosim: {ScenarioException.OneLine(e.Message)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("negosim: cancelled.");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Environment.GetEnvironmentVariable("NEGOSIM_DEBUG") is null)
        {
            // The disk is full, a folder is read-only: the system's own words, on one line, without .NET's type names.
            await error.WriteLineAsync($"negosim: {ScenarioException.OneLine(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("NEGOSIM_DEBUG") is null)
        {
            await error.WriteLineAsync($"negosim: {e.GetType().Name}: {e.Message} (set NEGOSIM_DEBUG=1 for details)");
            return ExitCodes.Failure;
        }
    }
}
