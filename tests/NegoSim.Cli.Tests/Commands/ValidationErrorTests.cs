namespace NegoSim.Cli.Tests.Commands;

/// <summary>Every kind of bad scenario is refused through the CLI with exit code 2, one line naming file:line:col, path, found and allowed.</summary>
public sealed class ValidationErrorTests
{
    [Theory]
    [InlineData("deadline: 6", "deadline: 6\n  rounds: 3", ":32:3: protocol.rounds: unknown key 'rounds'; allowed here: order, deadline, stop-after, ratification, breakdown, proposer.")]
    [InlineData("weights: {price: 1, speed: 1}", "weights: {price: 1, colour: 1}", ":17:33: parties.buyer.weights.colour: 'colour' is not a term; terms: price, speed.")]
    [InlineData("weights: {price: 1, speed: 1}", "weights: {price: -1, speed: 1}", ":17:22: parties.buyer.weights.price: -1 is out of range; allowed: zero or a positive number.")]
    [InlineData("{values: {slow: 0, fast: 1}}", "{values: {slow: 0, fast: 1.5}}", ":20:39: parties.buyer.values.speed.values.fast: 1.5 is out of range; allowed: [0, 1].")]
    [InlineData("reservation: 0.2\n    strategy", "reservation: 1.2\n    strategy", ":21:18: parties.buyer.reservation: 1.2 is out of range; allowed: [0, 1].")]
    [InlineData("ratifies: buyer", "ratifies: buyers", ":25:15: parties.board.ratifies: 'buyers' is not a negotiator; negotiators: seller, buyer.")]
    [InlineData("price: {range: [0, 10], step: 1}", "price: {range: [0, 10], step: 0.00002}", ":5:3: terms: The outcome space has 1,000,002 outcomes (price 500001 × speed 2); the limit is 1,000,000. Use a coarser step")]
    [InlineData("price: {best: 10}", "price: {best: $ambition}", ":12:21: parties.seller.values.price.best: uses parameter '$ambition', which is not declared under 'parameters' (declared: greed).")]
    [InlineData("speed: {best: slow}", "speed: {best: slowly}", ":13:14: parties.seller.values.speed: best: 'slowly' is not an option of term 'speed'; allowed: slow, fast.")]
    [InlineData("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {kind: tough}", ":22:22: parties.buyer.strategy.kind: unknown strategy 'tough'; allowed: boulware, linear, conceder, hardliner, tit-for-tat (with imitate and window), micro, time-dependent (with exponent).")]
    [InlineData("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {kind: micro, window: 3}", ":22:37: parties.buyer.strategy.window: imitate and window go with kind: tit-for-tat, not 'micro'.")]
    [InlineData("strategy: {kind: time-dependent, exponent: 0.5}", "strategy: {kind: tit-for-tat, imitate: copy}", ":22:44: parties.buyer.strategy.imitate: unknown imitation 'copy'; allowed: absolute")]
    [InlineData("strategy: {kind: time-dependent, exponent: 0.5}", "opponent-model: guess", ":22:21: parties.buyer.opponent-model: unknown opponent model 'guess'; allowed: full")]
    [InlineData("threshold: 6", "threshold: 11", ":26:16: parties.board.threshold: 11 is more than the factions' 10 seats, so nothing could ever pass.")]
    [InlineData("order: [seller, buyer]", "order: [seller, board]", ":30:10: protocol.order: 'board' is not a negotiator; negotiators: seller, buyer.")]
    [InlineData("{when: {speed: fast}}", "{when: {speed: quick}}", ":32:32: protocol.ratification.when.speed: 'quick' is not a value of term 'speed'; allowed: slow, fast.")]
    [InlineData("greed: {default: 0.5,", "greed: {default: 1.5,", ":3:20: parameters.greed: 1.5 is outside the parameter's range [0, 1].")]
    [InlineData("    role: ratifier", "    role: referee", ":24:11: parties.board.role: unknown role 'referee'; allowed: negotiator, ratifier.")]
    [InlineData("terms:\n  price", "terms:\n  price: [oops\n  pricey", ": not valid YAML: a [ or { is not closed.")]
    [InlineData("deadline: 6", "deadline: 6\n deadline: 7", ":32:2: not valid YAML: While parsing a block mapping, did not find expected key.")]
    [InlineData("deadline: 6", "deadline: 6\n  deadline: 7", ":32:3: not valid YAML: Duplicate key deadline")]
    [InlineData("price: {range: [0, 10], step: 1}", "price: {range: [0, 10], step: 3}", ":5:33: terms.price.step: 0 to 10 in steps of 3 ends at 9, so max 10 would never be on the table; make the steps land on max (max 9 or 12, or a step that divides 10 − 0).")]
    [InlineData("    role: negotiator\n    weights: {price: $greed", "    roll: negotiator\n    weights: {price: $greed", ":9:5: parties.seller.roll: unknown key 'roll'; did you mean 'role'? Allowed here: role, description,")]
    [InlineData("  seller:\n    role", "  seller:\n\trole", ":9:1: not valid YAML: While scanning a mapping, found invalid tab as indentation. Indent with spaces.")]
    [InlineData("name: Test split", "name: Test split\n? [a, b]: 1", ":2:3: a key here is a plain name, not a list or a mapping.")]
    [InlineData("price: {range: [0, 10], step: 1}", "price: {range: [0, 10], step: 1}\n  t0: {range: [0, 65535], step: 1}\n  t1: {range: [0, 65535], step: 1}\n  t2: {range: [0, 65535], step: 1}\n  t3: {range: [0, 65535], step: 1}", ":5:3: terms: The outcome space has 405,828,369,621,610,135,552 outcomes (price 11 × t0 65536 × t1 65536 × t2 65536 × t3 65536 × speed 2)")]
    public async Task Bad_scenarios_are_refused_with_location_path_and_what_is_allowed(string oldText, string newText, string expected)
    {
        var file = ScenarioText.File(ScenarioText.Replace(oldText, newText));

        var (exit, output, error) = await Cli.Run("run", file);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(file + expected, error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var (exit, _, error) = await Cli.Run("run", "no-such-scenario.yaml");

        Assert.Equal(2, exit);
        Assert.Equal("no-such-scenario.yaml: no such file.", error.Trim());
    }

    [Theory]
    [InlineData("--set", "greed=3", "--set greed=3: parameters.greed: 3 is outside the parameter's range [0, 1].")]
    [InlineData("--set", "parties.seller.reservaton=0.3", "--set parties.seller.reservaton=0.3: parties.seller.reservaton: unknown key 'reservaton'; did you mean 'reservation'? Allowed here: role, description, briefing, weights, values, reservation, discount, strategy, anticipates-ratification, opponent-model, confidence, credibility, acceptance.")]
    [InlineData("--set", "nothing=1", "--set nothing=1: nothing: unknown parameter 'nothing' (parameters: greed; other settings are paths such as parties.kyiv.reservation or protocol.deadline).")]
    [InlineData("--set", "gread=0.7", "--set gread=0.7: gread: unknown parameter 'gread'; did you mean 'greed'? (parameters: greed; other settings are paths such as parties.kyiv.reservation or protocol.deadline).")]
    [InlineData("--set", "deadline=5", "--set deadline=5: deadline: unknown parameter 'deadline'; did you mean 'protocol.deadline'? (parameters: greed; other settings are paths such as parties.kyiv.reservation or protocol.deadline).")]
    [InlineData("--set", "parties.nobody.reservation=1", "--set parties.nobody.reservation=1: parties.nobody.reservation: no parameter or setting of that name; parameters: greed; paths look like parties.kyiv.reservation.")]
    [InlineData("--set", "greed", "--set greed: expected NAME=VALUE, where NAME is a parameter or a dotted path such as parties.kyiv.reservation.")]
    [InlineData("--seed", "minus-one", "negosim: --seed minus-one: a whole number from 0 to 18446744073709551615 (or, as traces show a seed of 2^63 or more, its negative form).")]
    public async Task Bad_options_are_refused_with_exit_code_2(string option, string value, string expected)
    {
        var (exit, _, error) = await Cli.Run("run", ScenarioText.File(ScenarioText.Valid), option, value);

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.Split('\n')[0].Trim());
    }

    [Fact]
    public async Task Unknown_commands_and_missing_arguments_are_usage_errors()
    {
        Assert.Equal(2, (await Cli.Run("play", "x.yaml")).Exit);
        Assert.Equal(2, (await Cli.Run("run")).Exit);
        Assert.Equal(2, (await Cli.Run("evaluate", ScenarioText.File(ScenarioText.Valid))).Exit);
    }

    [Fact]
    public async Task No_arguments_or_help_print_the_help_and_succeed()
    {
        var (exit, output, _) = await Cli.Run();
        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);

        (exit, output, _) = await Cli.Run("help", "sweep");
        Assert.Equal(0, exit);
        Assert.Contains("--vary", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runn", "negosim: unknown command 'runn'; did you mean 'run'?")]
    [InlineData("analyse", "negosim: unknown command 'analyse'; did you mean 'analyze'?")]
    [InlineData("xyzzy", "negosim: unknown command 'xyzzy'")]
    public async Task A_mistyped_command_gets_a_suggestion_and_the_list(string typed, string expected)
    {
        var (exit, _, error) = await Cli.Run(typed, "x.yaml");

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.Split('\n')[0].Trim());
        Assert.Contains("Commands: run, evaluate, analyze, validate, list, sweep, merge, sensitivity, discover, tournament, import, export, silo, serve.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_fifty_thousand_deep_is_refused_with_where_not_a_stack_overflow()
    {
        var deep = ScenarioText.File("name: deep\nterms: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var (exit, _, error) = await Cli.Run("validate", deep);

        // "terms: " takes columns 1–7, so the 65th '[' is at column 72.
        Assert.Equal(2, exit);
        Assert.EndsWith(":2:72: nested more than 64 levels deep; a scenario needs a few.", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forty_thousand_deep_set_is_refused_in_one_short_line()
    {
        var (exit, _, error) = await Cli.Run("run", ScenarioText.File(ScenarioText.Valid), "--set", "greed=" + new string('[', 40_000) + new string(']', 40_000));

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.True(error.Length < 300, error[..Math.Min(error.Length, 400)]);
        Assert.Contains("nested more than 64 levels deep", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_base_file_that_is_a_device_is_refused_without_reading_it(string device)
    {
        var scenario = ScenarioText.File($"extends: {device}\nname: endless\n");

        var (exit, _, error) = await Cli.Run("validate", scenario);

        Assert.Equal(2, exit);
        Assert.EndsWith($":1:10: {device}: not a regular file (a device, pipe or socket); give a scenario file (.yaml).", error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_given_to_run_is_refused_as_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("negosim-folder-").FullName;
        try
        {
            var (exit, _, error) = await Cli.Run("run", folder);

            Assert.Equal(2, exit);
            Assert.Equal($"{folder}: that is a folder; give a scenario file (.yaml).", error.Trim());
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public async Task A_step_that_would_make_a_trillion_values_is_refused_before_anything_is_allocated()
    {
        var scenario = ScenarioText.File(ScenarioText.Replace("price: {range: [0, 10], step: 1}", "price: {range: [0, 10], step: 1e-12}"));

        var (exit, _, error) = await Cli.Run("validate", scenario);

        Assert.Equal(2, exit);
        Assert.Contains(":5:33: terms.price.step: 0 to 10 in steps of 1E-12 makes 10,000,000,000,001 values; a term may have at most 1,000,000: use a larger step.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_billion_workers_are_refused_not_attempted()
    {
        var (exit, _, error) = await Cli.Run("sweep", ScenarioText.File(ScenarioText.Valid), "--vary", "greed=0.5", "--workers", "2000000000");

        Assert.Equal(2, exit);
        Assert.StartsWith("negosim: --workers 2000000000: from 1 to 1,024", error, StringComparison.Ordinal);
    }
}
