using System.CommandLine;
using System.Globalization;
using NegoSim.Interop;
using NegoSim.Model;
using NegoSim.Reports;

namespace NegoSim.Cli.Commands;

/// <summary><c>negosim export FILE --to geniusweb DIR</c>: a scenario's negotiators as a GeniusWeb domain and profiles.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = CommonOptions.ScenarioFile();
        var set = CommonOptions.Set();
        var to = new Option<string>("--to") { Description = "The format: geniusweb (the only one so far).", Required = true };
        var folder = new Argument<string>("DIR") { Description = "The folder to write the domain and one profile per negotiator into (made if missing)." };
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist." };
        var command = new Command("export", "Write a scenario's negotiators as a GeniusWeb domain and LinearAdditiveUtilitySpace profiles (negosim import reads them back).")
        {
            file, folder, to, set, force,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(to) != "geniusweb")
            {
                throw new InputException($"--to {parsed.GetValue(to)}: unknown format; allowed: geniusweb.");
            }

            var loaded = ScenarioLoading.Load(parsed.GetValue(file)!, parsed.GetValue(set));
            var (_, domain, profiles, dropped) = GeniusWebWriter.Write(loaded.Scenario);
            var target = parsed.GetValue(folder)!;
            if (File.Exists(target))
            {
                throw new InputException($"{target}: a file; give a folder to write into.");
            }

            var files = new List<(string Path, string Text)> { (Path.Combine(target, "domain.json"), domain) };
            files.AddRange(profiles.Select(p => (Path.Combine(target, $"{p.Party}.json"), p.Profile)));
            if (profiles.Any(p => p.Party == "domain"))
            {
                throw new InputException("a negotiator named 'domain' would overwrite the domain's file; rename it with --set or in the scenario.");
            }

            if (!parsed.GetValue(force) && files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: { } existing })
            {
                throw new InputException($"{existing}: the file exists; give --force to overwrite, or another folder.");
            }

            Directory.CreateDirectory(target);
            foreach (var (path, text) in files)
            {
                WholeFile.Write(path, text);
            }

            foreach (var part in dropped)
            {
                error.WriteLine($"negosim export: GeniusWeb has no place for {part}; left out");
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {target}: domain.json and {string.Join(", ", profiles.Select(p => $"{p.Party}.json"))}"));
            return ExitCodes.Done;
        });
        return command;
    }
}
