namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>Resume and merge build only on rows that are what the sweep wrote; values are checked before any row.</summary>
public sealed class SweepIntegrityTests : IDisposable
{
    private const string Base = """
        name: Base split
        parameters:
          greed: {default: 0.5, range: [0, 1]}
        terms:
          price: {range: [0, 10], step: 1}
          speed: {options: [slow, fast]}
        parties:
          seller: {role: negotiator, weights: {price: $greed, speed: 0.5}, values: {price: {best: 10}, speed: {best: slow}}, reservation: 0.2}
          buyer: {role: negotiator, weights: {price: 1}, values: {price: {best: 0}}, reservation: 0.2}
        protocol: {order: [seller, buyer], deadline: 6}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-integrity-").FullName;

    public SweepIntegrityTests()
    {
        File.WriteAllText(Path.Combine(_folder, "base.yaml"), Base);
        File.WriteAllText(Path.Combine(_folder, "top.yaml"), "extends: base.yaml\nname: Top split\n");
    }

    private string Top => Path.Combine(_folder, "top.yaml");

    private string Out(string name) => Path.Combine(_folder, name);

    private Task<(int Exit, string Out, string Err)> Sweep(string output, params string[] more) =>
        Cli.Run(["sweep", Top, "--vary", "greed=0:0.1:1", "--vary", "parties.buyer.reservation=0.1,0.3", "--runs", "3", "--engine", "direct", "--out", output, .. more]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string[]> Shards(int count)
    {
        var shards = Enumerable.Range(1, count).Select(i => Out($"shard{i}.csv")).ToArray();
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(0, (await Sweep(shards[i], "--shard", $"{i + 1}/{count}")).Exit);
        }

        return shards;
    }

    private static void DropLine(string file, int line) =>
        File.WriteAllLines(file, File.ReadAllLines(file).Where((_, i) => i != line - 1));

    [Fact]
    public async Task Merge_refuses_a_shard_with_a_cut_last_row_and_writes_nothing()
    {
        var shards = await Shards(2);
        var bytes = File.ReadAllBytes(shards[1]);
        File.WriteAllBytes(shards[1], bytes[..^7]);
        var merged = Out("all.csv");

        var (exit, _, error) = await Cli.Run(["merge", .. shards, "--out", merged]);

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: {shards[1]}: its last row is cut (no newline at the end); finish the shard with the same command and --resume.", error.Trim());
        Assert.Empty(Directory.GetFiles(_folder, "all.csv*"));
    }

    [Fact]
    public async Task Merge_refuses_a_shard_with_a_deleted_row_naming_the_line()
    {
        var shards = await Shards(2);

        // Shard 1/2 holds points 0, 2, 4, … with 3 runs each: lines 2–4 are runs 0–2, lines 5–7 runs 6–8.
        DropLine(shards[0], 5);

        var (exit, _, error) = await Cli.Run(["merge", .. shards, "--out", Out("all.csv")]);

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: {shards[0]}:5: run 7 where run 6 belongs: rows are missing, repeated or out of order; the shards cannot be merged.", error.Trim());
        Assert.False(File.Exists(Out("all.csv")));
    }

    [Fact]
    public async Task Merge_refuses_a_shard_with_a_repeated_row()
    {
        var shards = await Shards(2);
        var lines = File.ReadAllLines(shards[1]).ToList();
        lines.Insert(3, lines[2]);
        File.WriteAllLines(shards[1], lines);

        var (exit, _, error) = await Cli.Run(["merge", .. shards, "--out", Out("all.csv")]);

        Assert.Equal(2, exit);
        Assert.Contains($"{shards[1]}:4: run 4 where run 5 belongs", error);
    }

    [Fact]
    public async Task Merge_never_writes_over_one_of_its_shards_even_with_force()
    {
        var shards = await Shards(2);
        var before = File.ReadAllBytes(shards[0]);

        var (exit, _, error) = await Cli.Run(["merge", .. shards, "--out", shards[0], "--force"]);

        Assert.Equal(2, exit);
        Assert.Contains("is one of the shards", error);
        Assert.Equal(before, File.ReadAllBytes(shards[0]));
    }

    [Fact]
    public async Task Merge_of_checked_shards_still_equals_the_unsharded_sweep()
    {
        var whole = Out("whole.csv");
        Assert.Equal(0, (await Sweep(whole)).Exit);
        var shards = await Shards(3);

        var (exit, _, _) = await Cli.Run(["merge", .. shards, "--out", Out("all.csv")]);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(Out("all.csv")));
    }

    [Fact]
    public async Task Resume_refuses_when_an_extended_file_changed_since_the_sweep_started()
    {
        var output = Out("cut.csv");
        await Sweep(output);
        File.WriteAllLines(output, File.ReadAllLines(output)[..20]);
        File.WriteAllText(Path.Combine(_folder, "base.yaml"), Base.Replace("reservation: 0.2}\n  buyer", "reservation: 0.25}\n  buyer", StringComparison.Ordinal));

        var (exit, _, error) = await Sweep(output, "--resume");

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: {output} holds a different sweep (the scenario file {Path.Combine(_folder, "base.yaml")} has changed (its SHA-256 differs)), so it cannot be resumed; start again with --force.", error.Trim());
    }

    [Fact]
    public async Task The_manifest_lists_every_scenario_file_with_its_hash()
    {
        var output = Out("rows.csv");
        await Sweep(output);

        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(output + ".json"));
        var files = manifest.RootElement.GetProperty("scenario_files").EnumerateArray().ToList();

        Assert.Equal(2, files.Count);
        Assert.Equal(Top, files[0].GetProperty("path").GetString());
        Assert.EndsWith("base.yaml", files[1].GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(_folder, "base.yaml")))),
            files[1].GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Resume_refuses_a_file_with_a_deleted_middle_row_naming_the_line()
    {
        var output = Out("rows.csv");
        await Sweep(output);
        var whole = File.ReadAllLines(output);
        File.WriteAllLines(output, whole[..30]);
        DropLine(output, 10);

        var (exit, _, error) = await Sweep(output, "--resume");

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: {output}:10: run 9 where run 8 belongs: rows are missing, repeated or out of order; the file cannot be resumed: start again with --force.", error.Trim());
        Assert.Equal(29, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task Resume_refuses_a_garbage_row_without_an_exception()
    {
        var output = Out("rows.csv");
        await Sweep(output);
        var lines = File.ReadAllLines(output)[..12];
        lines[5] = "garbage";
        File.WriteAllLines(output, lines);

        var (exit, _, error) = await Sweep(output, "--resume");

        Assert.Equal(2, exit);
        Assert.StartsWith($"negosim: {output}:6: 1 fields where the header has ", error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_refuses_a_row_whose_seed_is_not_the_sweeps()
    {
        var output = Out("rows.csv");
        await Sweep(output);
        var lines = File.ReadAllLines(output)[..12];
        var cells = lines[3].Split(',');
        cells[1] = "12345";
        lines[3] = string.Join(',', cells);
        File.WriteAllLines(output, lines);

        var (exit, _, error) = await Sweep(output, "--resume");

        Assert.Equal(2, exit);
        Assert.StartsWith($"negosim: {output}:4: run 2 has seed 12345, but master seed 0 gives it ", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_varied_value_with_a_line_break_is_refused()
    {
        var (exit, _, error) = await Cli.Run("sweep", Top, "--vary", "name=a,b\nc", "--out", Out("rows.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("a value cannot hold a line break", error);
        Assert.False(File.Exists(Out("rows.csv")));
    }

    [Theory]
    [InlineData("1/1")]
    [InlineData("1/2")]
    [InlineData("2/2")]
    public async Task A_value_outside_its_range_is_refused_before_any_row_whatever_the_shard(string shard)
    {
        var output = Out("rows.csv");

        var (exit, _, error) = await Cli.Run("sweep", Top, "--vary", "greed=0,2", "--shard", shard, "--out", output);

        Assert.Equal(2, exit);
        Assert.Equal("--vary greed=2: parameters.greed: 2 is outside the parameter's range [0, 1].", error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_path_value_that_makes_no_scenario_is_refused_before_any_row()
    {
        var output = Out("rows.csv");

        var (exit, _, error) = await Cli.Run("sweep", Top, "--vary", "parties.buyer.reservation=0.2,7", "--out", output);

        Assert.Equal(2, exit);
        Assert.StartsWith("--vary parties.buyer.reservation=7: parties.buyer.reservation: 7 is out of range", error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Values_that_fail_only_together_become_error_rows_and_exit_code_3()
    {
        // Each of the seller's weights alone may be 0; both at 0 leave it caring about nothing.
        var output = Out("rows.csv");

        var (exit, _, error) = await Cli.Run("sweep", Top, "--vary", "greed=1,0", "--vary", "parties.seller.weights.speed=0.5,0", "--engine", "direct", "--out", output);

        Assert.Equal(3, exit);
        Assert.Contains("1 of 4 runs are error rows", error);
        var rows = File.ReadAllLines(output).Skip(1).Select(r => r.Split(',')).ToArray();
        var failed = Assert.Single(rows, r => r[4] == "error");
        Assert.Equal(("0", "0"), (failed[2], failed[3]));
        Assert.NotEqual("", failed[^1]);
    }
}
