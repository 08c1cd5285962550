namespace NegoSim.Runner.Tests.Commands;

public sealed class ListCommandTests
{
    [Fact]
    public async Task Lists_each_scenario_with_its_parameters()
    {
        var (exit, output, _) = await Cli.Run("list", Path.Combine(Cli.RepoRoot, "scenarios"));

        Assert.Equal(0, exit);
        Assert.Contains("US–Ukraine minerals deal, February 2025", output);
        Assert.Contains("--set guarantee_weight=… (default 0.45 in [0, 1]) — how much Kyiv weighs security guarantees", output);
    }

    [Fact]
    public async Task A_missing_directory_is_a_usage_error()
    {
        var (exit, _, error) = await Cli.Run("list", "no-such-dir");

        Assert.Equal(2, exit);
        Assert.Equal("negosim: no such directory: no-such-dir", error.Trim());
    }
}
