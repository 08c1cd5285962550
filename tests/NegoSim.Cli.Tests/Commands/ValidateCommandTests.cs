namespace NegoSim.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Every_scenario_in_the_repository_validates()
    {
        var (exit, output, error) = await Cli.Run("validate", Path.Combine(Cli.RepoRoot, "scenarios"));

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("ok  ", output);
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_fails_the_whole_with_its_error()
    {
        var good = ScenarioText.File(ScenarioText.Valid);
        var bad = ScenarioText.File(ScenarioText.Replace("deadline: 6", "deadline: 0"));

        var (exit, output, error) = await Cli.Run("validate", good, bad);

        Assert.Equal(2, exit);
        Assert.Contains($"ok  {good}", output);
        Assert.StartsWith($"{bad}:", error.Trim(), StringComparison.Ordinal);
        Assert.Contains("protocol.deadline: 0 is out of range", error);
    }
}
