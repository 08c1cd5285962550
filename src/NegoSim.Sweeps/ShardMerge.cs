using NegoSim.Model;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary><c>negosim merge</c>'s one service: joins the shards of one sweep in run order, after checking they belong together.</summary>
public static class ShardMerge
{
    /// <summary>
    /// Writes the rows of <paramref name="files"/> (every shard of one finished sweep) to <paramref name="target"/>,
    /// in run order, and its manifest beside it; returns how many runs it holds. Nothing is written over the target
    /// until every row of every shard has passed.
    /// </summary>
    /// <exception cref="InputException">The files are not every shard of one finished sweep, or the target cannot be written.</exception>
    public static long Merge(IReadOnlyList<string> files, string target, bool force)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(target);
        Refuse(target, files);
        var manifests = files.Select(f => (File: f, Manifest: SweepManifest.Read(SweepManifest.PathFor(f)))).ToList();
        Check(manifests);

        // In shard order: shard I holds the points p with p mod N = I − 1.
        manifests = [.. manifests.OrderBy(m => Shard.Parse(m.Manifest.Shard!).Index)];
        if (File.Exists(target) && !force)
        {
            throw new InputException($"{target} already exists; --force overwrites it.");
        }

        var first = manifests[0].Manifest;
        var csv = first.Format == "csv";
        var readers = new List<ShardReader>(files.Count);
        var temporary = NegoSim.Reports.OutputFile.Aside(target);
        try
        {
            string? header = null;
            foreach (var (file, manifest) in manifests)
            {
                var reader = new ShardReader(file, manifest, csv);
                readers.Add(reader);
                header ??= reader.Header;
                if (reader.Header != header)
                {
                    throw new InputException($"{file}: its columns differ from {files[0]}'s.");
                }
            }

            // Written beside the target and moved over it only when every row of every shard has passed.
            using (var sink = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            {
                if (header is not null)
                {
                    sink.WriteLine(header);
                }

                var order = RunOrder.Of(first with { Shard = null });
                for (long run = 0; run < order.Runs; run++)
                {
                    var point = run / order.RunsPerPoint;
                    sink.WriteLine(readers[(int)(point % readers.Count)].Next());
                }
            }

            foreach (var reader in readers)
            {
                reader.CheckEnd();
            }

            NegoSim.Reports.OutputFile.Replace(temporary, target);
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }

            File.Delete(temporary);
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (status, n) in manifests.SelectMany(m => m.Manifest.Counts))
        {
            counts[status] = counts.GetValueOrDefault(status) + n;
        }

        (first with
        {
            Command = WithoutShard(first.Command),
            Merge = ["negosim", "merge", .. files, "--out", target],
            Shard = null,
            Runs = manifests.Sum(m => m.Manifest.Runs),
            Started = manifests.Min(m => m.Manifest.Started),
            Finished = manifests.Max(m => m.Manifest.Finished),
            Counts = counts,
        }).Write(SweepManifest.PathFor(target));
        return manifests.Sum(m => m.Manifest.Runs);
    }

    /// <summary>Refuses a target that is one of the inputs or a manifest of one: merging must never write over a shard.</summary>
    private static void Refuse(string target, IReadOnlyList<string> files)
    {
        if (target.Length == 0 || Directory.Exists(target))
        {
            throw new InputException($"--out '{target}': give a file to write the merged rows to.");
        }

        var full = Path.GetFullPath(target);
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new InputException($"{file}: no such file.");
            }

            if (full == Path.GetFullPath(file) || full == Path.GetFullPath(SweepManifest.PathFor(file)))
            {
                throw new InputException($"--out {target} is {(full == Path.GetFullPath(file) ? "one of the shards" : "a shard's manifest")}; merging writes a new file, never over a shard.");
            }
        }
    }

    private static void Check(List<(string File, SweepManifest Manifest)> manifests)
    {
        var (firstFile, first) = manifests[0];
        foreach (var (file, manifest) in manifests)
        {
            if (manifest.DifferenceFrom(first) is { } difference)
            {
                throw new InputException($"{file} is from a different sweep than {firstFile} ({difference}).");
            }

            if (manifest.Shard is null)
            {
                throw new InputException($"{file} is not a shard (it was not run with --shard I/N).");
            }

            if (manifest.Finished is null || manifest.Interrupted)
            {
                throw new InputException($"{file} is unfinished; complete it with the same command and --resume.");
            }
        }

        var shards = manifests.Select(m => Shard.Parse(m.Manifest.Shard!)).ToList();
        var count = shards[0].Count;
        if (shards.Any(s => s.Count != count))
        {
            throw new InputException("the files were split into different numbers of shards.");
        }

        var duplicate = shards.GroupBy(s => s.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputException($"shard {duplicate.Key}/{count} is given twice.");
        }

        var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException($"missing shard(s) {string.Join(", ", missing.Select(i => $"{i}/{count}"))}.");
        }
    }

    /// <summary>The sweep's command without its <c>--shard I/N</c>: the command that writes the merged file whole.</summary>
    private static IReadOnlyList<string> WithoutShard(IReadOnlyList<string> command)
    {
        var whole = new List<string>(command.Count);
        for (var i = 0; i < command.Count; i++)
        {
            if (command[i] == "--shard")
            {
                i++;
                continue;
            }

            if (!command[i].StartsWith("--shard=", StringComparison.Ordinal))
            {
                whole.Add(command[i]);
            }
        }

        return whole;
    }
}
