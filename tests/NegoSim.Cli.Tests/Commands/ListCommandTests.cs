namespace NegoSim.Cli.Tests.Commands;

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

    [Fact]
    public async Task Exercise_1_says_the_reservations_its_scenario_gives()
    {
        var file = Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "guarantees-vs-reimbursement.yaml");
        var scenario = Cli.Load(file).Scenario;
        var (_, output, _) = await Cli.Run("list", Path.GetDirectoryName(file)!);

        var description = System.Text.RegularExpressions.Regex.Replace(output[output.IndexOf("Exercise 1:", StringComparison.Ordinal)..], @"\s+", " ");
        var washington = scenario.Negotiators[scenario.IndexOfNegotiator("washington")].Reservation;
        var kyiv = scenario.Negotiators[scenario.IndexOfNegotiator("kyiv")].Reservation;
        Assert.Contains(FormattableString.Invariant($"Washington wants at least {washington} from it"), description);
        Assert.Contains(FormattableString.Invariant($"for little and wants at least {kyiv}."), description);
    }
}
