using System.CommandLine;
using System.Globalization;
using NegoSim.Interop;
using NegoSim.Model;
using NegoSim.Reports;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim import PATH... --out FILE.yaml</c>: a GENIUS XML or GeniusWeb JSON domain and its profiles as a NegoSim scenario.</summary>
internal static class ImportCommand
{
    /// <summary>The largest file read: the largest ANAC profile is a few hundred kilobytes.</summary>
    private const long LargestFile = 16 * 1024 * 1024;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "A folder holding one domain and its profiles (files that are neither are passed over), or the files themselves.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outFile = new Option<string>("--out") { Description = "The scenario file to write (.yaml).", Required = true };
        var deadline = new Option<int>("--deadline") { Description = "The protocol's deadline in rounds (the formats give none; a discount over the whole negotiation is spread over it).", DefaultValueFactory = _ => 100 };
        var force = new Option<bool>("--force") { Description = "Overwrite --out if it exists." };
        var command = new Command("import", "Read a GENIUS XML or GeniusWeb JSON domain with its profiles and write it as a NegoSim scenario that every command takes.")
        {
            paths, outFile, deadline, force,
        };
        command.SetAction(parsed =>
        {
            var target = parsed.GetValue(outFile)!;
            var rounds = parsed.GetValue(deadline);
            if (rounds is < 1 or > 100_000)
            {
                throw new InputException($"--deadline {rounds}: give a number of rounds from 1 to 100,000.");
            }

            ReportFile.Check(target);
            if (File.Exists(target) && !parsed.GetValue(force))
            {
                throw new InputException($"--out {target}: the file exists; give --force to overwrite it, or another name.");
            }

            var (files, folder) = Read(parsed.GetValue(paths)!);
            var (yaml, domain, skipped) = DomainImport.Import(files, rounds, folder);
            WholeFile.Write(target, yaml);
            foreach (var name in skipped)
            {
                error.WriteLine($"negosim import: passed over {name} (neither a domain nor a profile)");
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {target}: {domain.Format} domain '{domain.Name}', {domain.Issues.Length} terms, {domain.Outcomes:N0} possible deals, negotiators {string.Join(", ", domain.Profiles.Select(p => p.Name))}"));
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The files named, or those of a folder (then files that are neither domain nor profile are passed over).</summary>
    private static (List<InteropFile> Files, bool Folder) Read(string[] paths)
    {
        var folder = paths.Length == 1 && Directory.Exists(paths[0]);
        var names = folder
            ? Directory.GetFiles(paths[0]).Where(f => Path.GetExtension(f).ToLowerInvariant() is ".json" or ".xml").ToArray()
            : paths;
        var files = new List<InteropFile>();
        foreach (var name in names)
        {
            if (Directory.Exists(name))
            {
                throw new InputException($"{name}: a folder; give one folder alone, or the files of one domain.");
            }

            if (!File.Exists(name))
            {
                throw new InputException($"{name}: no such file.");
            }

            if (new FileInfo(name).Length > LargestFile)
            {
                throw new InputException($"{name}: larger than {LargestFile / (1024 * 1024)} MB; a domain or profile is far smaller.");
            }

            files.Add(new InteropFile(name, File.ReadAllText(name)));
        }

        return files.Count == 0 ? throw new InputException($"{paths[0]}: no .json or .xml file in it.") : (files, folder);
    }
}
