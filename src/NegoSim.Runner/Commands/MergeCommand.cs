using System.CommandLine;
using NegoSim.Runner.Sweeps;

namespace NegoSim.Runner.Commands;

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
            var manifests = files.Select(f => (File: f, Manifest: SweepManifest.Read(SweepManifest.PathFor(f)))).ToList();
            Check(manifests);
            if (File.Exists(target) && !parsed.GetValue(force))
            {
                throw new UsageException($"{target} already exists; --force overwrites it.");
            }

            var first = manifests[0].Manifest;
            var csv = first.Format == "csv";
            var readers = files.Select(f => File.ReadLines(f).GetEnumerator()).ToList();
            string? header = null;
            foreach (var (reader, i) in readers.Select((r, i) => (r, i)))
            {
                if (csv && reader.MoveNext())
                {
                    header ??= reader.Current;
                    if (reader.Current != header)
                    {
                        throw new UsageException($"{files[i]}: its columns differ from {files[0]}'s.");
                    }
                }
            }

            long rows = 0;
            using (var sink = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            {
                if (header is not null)
                {
                    sink.WriteLine(header);
                }

                var heads = readers.Select(r => r.MoveNext() ? r.Current : null).ToArray();
                while (heads.Any(h => h is not null))
                {
                    var next = Enumerable.Range(0, heads.Length).Where(i => heads[i] is not null).MinBy(i => RunOf(heads[i]!, csv));
                    sink.WriteLine(heads[next]);
                    rows++;
                    heads[next] = readers[next].MoveNext() ? readers[next].Current : null;
                }
            }

            foreach (var reader in readers)
            {
                reader.Dispose();
            }

            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var (status, n) in manifests.SelectMany(m => m.Manifest.Counts))
            {
                counts[status] = counts.GetValueOrDefault(status) + n;
            }

            (first with
            {
                Command = ["negosim", "merge", .. files, "--out", target],
                Shard = null,
                Runs = manifests.Sum(m => m.Manifest.Runs),
                Started = manifests.Min(m => m.Manifest.Started),
                Finished = manifests.Max(m => m.Manifest.Finished),
                Counts = counts,
            }).Write(SweepManifest.PathFor(target));
            output.WriteLine($"merged {files.Length} shards, {rows:N0} runs, into {target}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static void Check(List<(string File, SweepManifest Manifest)> manifests)
    {
        var (firstFile, first) = manifests[0];
        foreach (var (file, manifest) in manifests)
        {
            if (!manifest.SameSweepAs(first))
            {
                throw new UsageException($"{file} is from a different sweep than {firstFile} (scenario, --set, --vary, --runs, --seed or format differ).");
            }

            if (manifest.Shard is null)
            {
                throw new UsageException($"{file} is not a shard (it was not run with --shard I/N).");
            }

            if (manifest.Finished is null || manifest.Interrupted)
            {
                throw new UsageException($"{file} is unfinished; complete it with the same command and --resume.");
            }
        }

        var shards = manifests.Select(m => Shard.Parse(m.Manifest.Shard!)).ToList();
        var count = shards[0].Count;
        if (shards.Any(s => s.Count != count))
        {
            throw new UsageException("the files were split into different numbers of shards.");
        }

        var duplicate = shards.GroupBy(s => s.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"shard {duplicate.Key}/{count} is given twice.");
        }

        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new UsageException($"missing shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))}.");
        }
    }

    private static long RunOf(string line, bool csv)
    {
        if (csv)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            return long.Parse(comma < 0 ? line : line[..comma], System.Globalization.CultureInfo.InvariantCulture);
        }

        using var json = System.Text.Json.JsonDocument.Parse(line);
        return json.RootElement.GetProperty("run").GetInt64();
    }
}
