namespace NegoSim.Cli.Tests.Sweeps;

public sealed class SweepResumeAndMergeTests
{
    private static readonly string Scenario = SweptScenario.File;

    private static string OutFile(string extension = "csv") => SweptScenario.OutFile(extension);

    private static Task<(int Exit, string Out, string Err)> Sweep(string output, params string[] more) => SweptScenario.Sweep(output, more);

    [Fact]
    public async Task Resume_completes_a_cut_file_into_the_uninterrupted_one()
    {
        var (whole, cut) = (OutFile(), OutFile());
        await Sweep(whole);
        await Sweep(cut);
        var bytes = File.ReadAllBytes(cut);
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 5)]); // ends mid-row, as a kill might leave it

        var (exit, output, _) = await Sweep(cut, "--resume");

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(cut));
        Assert.Contains("300 runs", output);
    }

    [Fact]
    public async Task Resumed_the_summary_counts_the_rows_read_back_as_the_uninterrupted_sweep_counted_them()
    {
        // The rows already written are read back from the file (statuses and deals as text), the rest are played: the
        // summary (statuses, cells, each term's signed and ratified values) is the one the whole sweep printed.
        var (whole, cut) = (OutFile(), OutFile());
        try
        {
            var (_, printed, _) = await Sweep(whole);
            await Sweep(cut);
            var lines = File.ReadAllLines(cut);
            File.WriteAllLines(cut, lines[..(lines.Length / 2)]);

            var (exit, resumed, _) = await Sweep(cut, "--resume");

            Assert.Equal(0, exit);
            Assert.Equal(printed, resumed);
            Assert.Contains("ratified", printed);
        }
        finally
        {
            Delete(whole, cut);
        }
    }

    [Fact]
    public async Task Resume_refuses_a_row_whose_status_no_sweep_writes_and_leaves_the_file_as_it_was()
    {
        var output = OutFile();
        try
        {
            await Sweep(output);
            var lines = File.ReadAllLines(output)[..10];
            var cells = lines[2].Split(',');
            cells[4] = "bogus";
            lines[2] = string.Join(',', cells);
            File.WriteAllLines(output, lines);
            var before = File.ReadAllBytes(output);

            var (exit, _, error) = await Sweep(output, "--resume");

            Assert.Equal(2, exit);
            Assert.Equal($"negosim: {output}:3: the status 'bogus' is none a sweep writes (ratified, signed, not-ratified, no-agreement or error); the file cannot be resumed: start again with --force.", error.Trim());
            Assert.Equal(before, File.ReadAllBytes(output));
        }
        finally
        {
            Delete(output);
        }
    }

    private static void Delete(params string[] outputs)
    {
        foreach (var output in outputs)
        {
            File.Delete(output);
            File.Delete(output + ".json");
            File.Delete(output + ".lock");
        }
    }

    [Fact]
    public async Task Resume_refuses_a_file_from_a_different_sweep()
    {
        var output = OutFile();
        await Sweep(output);

        var (exit, _, error) = await Cli.Run("sweep", Scenario, "--vary", "greed=0,1", "--out", output, "--resume");

        Assert.Equal(2, exit);
        Assert.Contains("holds a different sweep", error);
    }

    [Fact]
    public async Task Shards_merged_equal_the_unsharded_sweep()
    {
        var whole = OutFile();
        await Sweep(whole);
        var shards = new[] { OutFile(), OutFile(), OutFile() };
        for (var i = 0; i < shards.Length; i++)
        {
            Assert.Equal(0, (await Sweep(shards[i], "--shard", $"{i + 1}/3")).Exit);
        }

        var merged = OutFile();
        var (exit, output, _) = await Cli.Run(["merge", .. shards, "--out", merged]);

        Assert.Equal(0, exit);
        Assert.Equal("merged 3 shards, 300 runs, into " + merged, output.Trim());
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(merged));

        // The merged manifest keeps the sweep's command (without --shard: the command that writes the file whole) and
        // names the merge apart.
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(merged + ".json"));
        using var wholeManifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(whole + ".json"));
        string[] Strings(System.Text.Json.JsonDocument d, string key) => [.. d.RootElement.GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];
        Assert.Equal(Strings(wholeManifest, "command").Where(a => a != whole), Strings(manifest, "command").Where(a => a != shards[0]));
        Assert.Equal(["negosim", "merge", .. shards, "--out", merged], Strings(manifest, "merge"));
    }

    [Fact]
    public async Task Merge_refuses_an_incomplete_set_of_shards()
    {
        var shards = new[] { OutFile(), OutFile() };
        await Sweep(shards[0], "--shard", "1/3");
        await Sweep(shards[1], "--shard", "2/3");

        var (exit, _, error) = await Cli.Run(["merge", .. shards, "--out", OutFile()]);

        Assert.Equal(2, exit);
        Assert.Equal("negosim: missing shard(s) 3/3.", error.Trim());
    }
}
