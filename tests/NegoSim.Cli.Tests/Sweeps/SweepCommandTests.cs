using System.Text.Json;

namespace NegoSim.Cli.Tests.Sweeps;

public sealed class SweepCommandTests
{
    private static readonly string Scenario = SweptScenario.File;

    private static string OutFile(string extension = "csv") => SweptScenario.OutFile(extension);

    private static Task<(int Exit, string Out, string Err)> Sweep(string output, params string[] more) => SweptScenario.Sweep(output, more);

    [Fact]
    public async Task Writes_one_row_per_run_in_run_order_with_the_documented_columns()
    {
        var output = OutFile();

        var (exit, _, _) = await Sweep(output);

        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(output);
        Assert.Equal(
            "run,seed,greed,parties.buyer.reservation,status,round,price,speed,utility_seller,utility_buyer,nash_distance,pareto_distance,nash_ratifiable_distance,"
            + "ratification_yes,ratification_no,votes,failed_votes,point,ratification_required,yes_board_hawks,error",
            lines[0]);
        Assert.Equal(1 + (5 * 2 * 30), lines.Length);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(lines.Skip(1), l => Assert.Matches("^\\d+,\\d+,[0-9.]+,0\\.[24],(ratified|signed|not-ratified|no-agreement),\\d+,", l));

        // One ratifier of one faction: a run that needed its vote held one, failed it when not ratified, and the
        // faction's yes votes are the tally's; a run that needed none has 0 for each (no blanks). Thirty runs a point.
        var column = lines[0].Split(',').Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i);
        foreach (var cells in lines.Skip(1).Select(l => l.Split(',')))
        {
            var required = cells[4] is "ratified" or "not-ratified";
            Assert.Equal(required ? "1" : "0", cells[column["votes"]]);
            Assert.Equal(cells[4] == "not-ratified" ? "1" : "0", cells[column["failed_votes"]]);
            Assert.Equal(required ? "true" : "false", cells[column["ratification_required"]]);
            Assert.Equal(cells[column["ratification_yes"]], cells[column["yes_board_hawks"]]);
            Assert.Equal((long.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture) / 30).ToString(System.Globalization.CultureInfo.InvariantCulture), cells[column["point"]]);
            Assert.True(required || cells[column["ratification_yes"]] == "0");
        }
    }

    [Fact]
    public async Task A_value_that_changes_a_terms_values_is_refused_before_any_row()
    {
        // At step 2 the price term has the values 0, 2, …, 10: its deals would read differently from the first
        // point's columns, so the value is refused before the file is made.
        var output = OutFile();

        var (exit, _, error) = await Cli.Run(["sweep", Scenario, "--vary", "terms.price.step=1,2", "--out", output]);

        Assert.Equal(2, exit);
        Assert.Equal("--vary terms.price.step=2: it changes the scenario's terms or negotiators, which a sweep must keep the same at every point.", error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task The_output_is_the_same_for_one_worker_and_four()
    {
        var (one, four) = (OutFile(), OutFile());

        await Sweep(one, "--workers", "1");
        await Sweep(four, "--workers", "4");

        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(four));
    }

    [Fact]
    public async Task The_direct_engine_gives_the_same_rows_as_the_grains()
    {
        var (grains, direct) = (OutFile(), OutFile());

        await Sweep(grains);
        await Sweep(direct, "--engine", "direct");

        Assert.Equal(File.ReadAllBytes(grains), File.ReadAllBytes(direct));
    }

    [Fact]
    public async Task Repeated_runs_of_a_point_draw_their_own_votes_from_derived_seeds()
    {
        var output = OutFile();
        await Sweep(output);

        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.Equal(300, rows.Select(r => r[1]).Distinct().Count());
        // Column 13 is ratification_yes (after the distances to the Nash point, the frontier and the ratifiable Nash
        // point), column 18 ratification_required.
        var votedOften = rows.Where(r => r[18] == "true").GroupBy(r => (r[2], r[3])).First(g => g.Count() > 5);
        Assert.True(votedOften.Select(r => r[13]).Distinct().Count() > 1, "undisciplined seats should split differently across runs");
    }

    [Fact]
    public async Task A_point_draws_the_same_votes_alone_and_in_any_grid_common_random_numbers()
    {
        // The point greed=0.75, buyer reservation 0.4 (thirty runs, each needing the undisciplined board's vote): in the
        // 5 × 2 grid, in a grid of other values around it (given as 0.750, axes swapped), and alone (its values as --set,
        // nothing varied). Its rows' seeds and tallies agree.
        var (whole, other, alone) = (OutFile(), OutFile(), OutFile());
        try
        {
            await Sweep(whole);
            await Cli.Run(["sweep", Scenario, "--vary", "parties.buyer.reservation=0.4,0.3", "--vary", "greed=0.1,0.750", "--runs", "30", "--seed", "9", "--out", other]);
            await Cli.Run(["sweep", Scenario, "--set", "greed=0.75", "--set", "parties.buyer.reservation=0.4", "--runs", "30", "--seed", "9", "--out", alone]);

            static List<string> Point(string file, Func<string[], bool> at)
            {
                var lines = File.ReadAllLines(file);
                var (yes, no) = (Array.IndexOf(lines[0].Split(','), "ratification_yes"), Array.IndexOf(lines[0].Split(','), "ratification_no"));
                return [.. lines.Skip(1).Select(l => l.Split(',')).Where(at).Select(c => $"{c[1]}|{c[yes]}|{c[no]}")];
            }

            var inWhole = Point(whole, c => c[2] == "0.75" && c[3] == "0.4");
            var inOther = Point(other, c => c[2] == "0.4" && c[3] == "0.750");
            var byItself = Point(alone, _ => true);

            // Each row: its seed, ratification_yes and ratification_no (the tally of the undisciplined faction).
            Assert.Equal(30, inWhole.Count);
            Assert.Equal(inWhole, inOther);
            Assert.Equal(inWhole, byItself);
            Assert.True(inWhole.Select(r => r[(r.IndexOf('|', StringComparison.Ordinal) + 1)..]).Distinct().Count() > 1, "the thirty runs draw different votes");
        }
        finally
        {
            foreach (var file in new[] { whole, other, alone })
            {
                File.Delete(file);
                File.Delete(file + ".json");
            }
        }
    }

    [Fact]
    public async Task R_safe_columns_name_dotted_paths_with_underscores_and_resume_as_written()
    {
        var output = OutFile("jsonl");
        try
        {
            await Sweep(output, "--columns", "r");
            var whole = File.ReadAllLines(output);
            File.WriteAllLines(output, whole.Take(100));
            var (exit, _, error) = await Sweep(output, "--columns", "r", "--resume");

            Assert.True(exit == 0, error);
            Assert.Equal(whole, File.ReadAllLines(output));
            using var row = JsonDocument.Parse(whole[0]);
            Assert.Equal(
                ["run", "seed", "greed", "parties_buyer_reservation", "status", "round", "price", "speed", "utility_seller", "utility_buyer", "nash_distance", "pareto_distance",
                 "nash_ratifiable_distance", "ratification_yes", "ratification_no", "votes", "failed_votes", "point", "ratification_required", "yes_board_hawks", "error"],
                row.RootElement.EnumerateObject().Select(p => p.Name));
            var (plain, _, refusal) = await Sweep(output, "--resume");
            Assert.Equal(2, plain);
            Assert.Contains("--columns differs (r and plain)", refusal, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
        }
    }

    [Fact]
    public async Task The_rounds_file_holds_every_round_of_every_run_and_ends_where_the_rows_end()
    {
        var (output, rounds) = (OutFile(), OutFile("jsonl"));
        try
        {
            var (exit, _, error) = await Cli.Run(["sweep", Scenario, "--vary", "greed=0,0.5,1", "--runs", "4", "--seed", "2", "--out", output, "--rounds", rounds]);

            Assert.True(exit == 0, error);
            var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();
            var byRun = File.ReadAllLines(rounds).Select(l => JsonDocument.Parse(l).RootElement).GroupBy(r => r.GetProperty("run").GetInt64()).ToDictionary(g => g.Key, g => g.ToList());
            Assert.Equal(12, byRun.Count);
            foreach (var row in rows)
            {
                var run = byRun[long.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture)];
                Assert.Equal(Enumerable.Range(1, run.Count), run.Select(r => r.GetProperty("round").GetInt32()));
                Assert.All(run, r => Assert.Equal(row[16], r.GetProperty("point").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)));
                if (row[3] is "signed" or "ratified" or "not-ratified")
                {
                    // The round of signature: every response accepts, and its deal is the row's.
                    var signed = run.Single(r => r.GetProperty("responses").EnumerateObject().All(a => a.Value.GetProperty("verdict").GetString() == "accept"));
                    Assert.Equal(row[4], signed.GetProperty("round").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Assert.Equal([row[5], row[6]], [signed.GetProperty("deal").GetProperty("price").GetString()!, signed.GetProperty("deal").GetProperty("speed").GetString()!]);
                }
            }
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
            File.Delete(rounds);
        }
    }

    [Fact]
    public async Task A_manifest_beside_the_file_records_where_it_came_from()
    {
        var output = OutFile();

        await Sweep(output);

        using var manifest = JsonDocument.Parse(File.ReadAllText(output + ".json"));
        var root = manifest.RootElement;
        Assert.Equal(Scenario, root.GetProperty("scenario_file").GetString());
        Assert.Equal(64, root.GetProperty("scenario_sha256").GetString()!.Length);
        Assert.Equal(9UL, root.GetProperty("master_seed").GetUInt64());
        Assert.Equal(30, root.GetProperty("runs_per_point").GetInt32());
        Assert.Equal("greed", root.GetProperty("grid")[0].GetProperty("name").GetString());
        Assert.Equal(5, root.GetProperty("grid")[0].GetProperty("values").GetArrayLength());
        Assert.Equal(JsonValueKind.String, root.GetProperty("finished").ValueKind);
        Assert.Equal(300, root.GetProperty("counts").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.Contains("--runs", root.GetProperty("command").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_summary_has_status_rates_with_intervals_a_grid_and_term_survival()
    {
        var (exit, output, _) = await Sweep(OutFile());

        Assert.Equal(0, exit);
        Assert.Contains("300 runs", output);
        Assert.Matches(@"signed \(any\)\s+[\d,]+\s+[\d.]+%\s+\(95% CI [\d.]+–[\d.]+%\)", output);
        Assert.Contains("signed % / ratified %: rows greed, columns parties.buyer.reservation", output);
        Assert.Contains("terms in signed deals (how often each value was signed, and ratified):", output);
        Assert.Matches(@"  speed: (slow|fast) \d+/\d+", output);
    }

    [Fact]
    public async Task Points_whose_values_fail_together_become_error_rows_and_the_sweep_carries_on()
    {
        // Each seller weight alone may be 0, not both: one point of four, with its 3 runs, fails.
        var output = OutFile();

        var (exit, summary, _) = await Cli.Run("sweep", Scenario, "--vary", "greed=0.5,0", "--vary", "parties.seller.weights.speed=0.5,0", "--runs", "3", "--out", output);

        Assert.Equal(3, exit);
        var rows = File.ReadAllLines(output).Skip(1).ToList();
        Assert.Equal(12, rows.Count);
        Assert.All(rows.Take(9), r => Assert.EndsWith(",", r));
        Assert.All(rows.Skip(9), r => Assert.Contains(",0,0,error,", r));
        Assert.All(rows.Skip(9), r => Assert.Contains("at least one term needs a positive weight", r));
        Assert.Matches(@"error\s+3\s+25\.0%", summary);
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten_without_resume_or_force()
    {
        var output = OutFile();
        File.WriteAllText(output, "precious\n");

        var (exit, _, error) = await Sweep(output);

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: {output} already exists; --resume continues it, --force overwrites it.", error.Trim());
        Assert.Equal("precious\n", File.ReadAllText(output));
        Assert.Equal(0, (await Sweep(output, "--force")).Exit);
    }

    [Fact]
    public async Task Jsonl_rows_carry_the_same_fields()
    {
        var output = OutFile("jsonl");

        await Sweep(output);

        var first = JsonDocument.Parse(File.ReadLines(output).First()).RootElement;
        Assert.Equal(0, first.GetProperty("run").GetInt64());
        Assert.Equal(JsonValueKind.Number, first.GetProperty("greed").ValueKind);
        Assert.Equal(0, first.GetProperty("greed").GetDouble());
        Assert.Equal(0.2, first.GetProperty("parties.buyer.reservation").GetDouble());
        Assert.True(first.TryGetProperty("utility_buyer", out _));
        Assert.Equal(300, File.ReadLines(output).Count());
    }

    [Theory]
    [InlineData(new[] { "--vary", "nothing=1,2" }, "--vary nothing=1: nothing: unknown parameter 'nothing' (parameters: greed; other settings are paths")]
    [InlineData(new[] { "--vary", "gred=1,2" }, "--vary gred=1: gred: unknown parameter 'gred'; did you mean 'greed'?")]
    [InlineData(new[] { "--vary", "greed" }, "negosim: --vary greed: expected NAME=START:STEP:END, NAME=a,b,c, or with --sample NAME~uniform(A,B), NAME~normal(MEAN,SD), NAME~int(A,B) or NAME~choice(X,Y,…).")]
    [InlineData(new[] { "--shard", "4/3" }, "negosim: --shard 4/3: expected I/N with 1 ≤ I ≤ N")]
    [InlineData(new[] { "--runs", "0" }, "negosim: --runs 0: must be at least 1.")]
    [InlineData(new[] { "--resume" }, "negosim: --resume needs --out FILE")]
    [InlineData(new[] { "--vary", "greed~uniform(0,1)" }, "negosim: --vary greed~uniform(0,1): a distribution is drawn from with --sample N")]
    [InlineData(new[] { "--sample", "10", "--vary", "greed=0,1" }, "negosim: --vary greed=…: with --sample every --vary draws from a distribution")]
    [InlineData(new[] { "--sample", "0", "--vary", "greed~uniform(0,1)" }, "negosim: --sample 0: from 1 to 1,000,000 points.")]
    [InlineData(new[] { "--sample", "10", "--vary", "greed~uniform(0,1)", "--vary", "parties.buyer.strategy~choice(boulware,lineer)" }, "--vary parties.buyer.strategy~choice(boulware,lineer): the option 'lineer' makes no scenario")]
    public async Task Bad_sweep_options_are_refused_with_exit_code_2(string[] options, string expected)
    {
        var (exit, _, error) = await Cli.Run(["sweep", Scenario, .. options]);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_go_to_standard_output_and_the_summary_to_stderr_without_out()
    {
        var (exit, output, error) = await Cli.Run("sweep", Scenario, "--vary", "greed=0,1", "--runs", "2");

        Assert.Equal(0, exit);
        Assert.Equal(5, output.Trim().Split('\n').Length);
        Assert.Contains("4 runs", error);
    }

    [Fact]
    public async Task A_sampled_sweep_writes_its_points_records_them_and_resumes_them()
    {
        var output = OutFile();
        try
        {
            string[] sweep = ["sweep", Scenario, "--sample", "40", "--vary", "greed~uniform(0.2,0.8)", "--vary", "parties.buyer.reservation~normal(0.3,0.05)", "--seed", "3", "--out", output];
            var (exit, summary, error) = await Cli.Run(sweep);
            Assert.True(exit == 0, error);
            var whole = await File.ReadAllLinesAsync(output);

            // 40 rows, one per point, every greed inside the box and in its own fortieth of it.
            Assert.Equal(41, whole.Length);
            var greed = whole.Skip(1).Select(l => double.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(0, 40), greed.Select(g => (int)Math.Floor((g - 0.2) / 0.6 * 40)).Order());
            Assert.Contains("probability over that box", summary + error, StringComparison.Ordinal);
            using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(output + ".json"));
            Assert.Equal(40, manifest.RootElement.GetProperty("sample").GetInt32());
            Assert.Equal("~uniform(0.2,0.8)", manifest.RootElement.GetProperty("grid")[0].GetProperty("values")[0].GetString());

            // Cut short and resumed, the file is the same.
            await File.WriteAllLinesAsync(output, whole.Take(15));
            (exit, _, error) = await Cli.Run([.. sweep, "--resume"]);
            Assert.True(exit == 0, error);
            Assert.Equal(whole, await File.ReadAllLinesAsync(output));
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
        }
    }

    [Fact]
    public async Task A_second_sweep_on_the_same_out_is_refused_and_leaves_the_file_alone()
    {
        var output = OutFile();
        try
        {
            await File.WriteAllTextAsync(output, "rows of a sweep in progress\n");

            // Another sweep holds the lock, as a running one does.
            using (new FileStream(output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
                var (exit, _, error) = await Sweep(output, "--force");

                Assert.Equal(2, exit);
                Assert.Contains("is being written by another sweep", error, StringComparison.Ordinal);
            }

            Assert.Equal("rows of a sweep in progress\n", await File.ReadAllTextAsync(output));
            Assert.False(File.Exists(output + ".json"));
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".lock");
        }
    }

    [Fact]
    public async Task A_bad_option_is_reported_before_any_file_is_touched()
    {
        var output = OutFile();
        try
        {
            await File.WriteAllTextAsync(output, "a finished sweep\n");

            var (exit, _, error) = await Sweep(output, "--force", "--trace-sample", "5");

            Assert.Equal(2, exit);
            Assert.Contains("--trace-sample 5: a share from 0 to 1.", error, StringComparison.Ordinal);
            Assert.Equal("a finished sweep\n", await File.ReadAllTextAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Outputs_that_cannot_be_right_are_refused()
    {
        var folder = Directory.CreateTempSubdirectory("negosim-out-").FullName;
        try
        {
            Assert.Contains("that is a folder", (await Sweep(folder)).Err, StringComparison.Ordinal);
            Assert.Contains("--out: give a file name.", (await Sweep("")).Err, StringComparison.Ordinal);
            Assert.Contains("that is the scenario file", (await Sweep(Scenario, "--force")).Err, StringComparison.Ordinal);

            var output = Path.Combine(folder, "rows.csv");
            await File.WriteAllTextAsync(output + ".json", "{}");
            var (exit, _, error) = await Sweep(output);
            Assert.Equal(2, exit);
            Assert.Contains("a sweep's manifest without its rows", error, StringComparison.Ordinal);
            Assert.Equal("{}", await File.ReadAllTextAsync(output + ".json"));

            await File.WriteAllTextAsync(output, "rows\n");
            File.Delete(output + ".json");
            (exit, _, error) = await Sweep(output, "--resume");
            Assert.Equal(2, exit);
            Assert.Contains("its manifest", error, StringComparison.Ordinal);
            Assert.Equal("rows\n", await File.ReadAllTextAsync(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
