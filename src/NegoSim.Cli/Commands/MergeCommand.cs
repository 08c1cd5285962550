using System.CommandLine;
using NegoSim.Sweeps;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim merge A.csv B.csv … --out all.csv</c>: joins the shards of one sweep in run order.</summary>
internal static class MergeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new Argument<string[]>("FILE") { Description = "The shards' output files (each with its manifest FILE.json beside it).", Arity = ArgumentArity.OneOrMore };
        var outFile = new Option<string>("--out") { Description = "The merged file; a manifest is written beside it.", Required = true, HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing --out file." };
        var command = new Command("merge", "Join the shards of a sweep (run with --shard I/N) into one file, in run order, after checking they belong together.")
        {
            inputs, outFile, force,
        };
        command.SetAction(parsed =>
        {
            var files = parsed.GetValue(inputs)!;
            var target = parsed.GetValue(outFile)!;
            var runs = ShardMerge.Merge(files, target, parsed.GetValue(force));
            output.WriteLine($"merged {files.Length} shards, {runs:N0} runs, into {target}");
            return ExitCodes.Done;
        });
        return command;
    }
}
