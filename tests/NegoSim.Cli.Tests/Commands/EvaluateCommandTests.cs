using System.Text.Json;

namespace NegoSim.Cli.Tests.Commands;

public sealed class EvaluateCommandTests
{
    private const string Framework = "guarantees=supports-efforts,reimbursement=0,revenue_share=0.5,scope=plus-infrastructure,fund_governance=joint,specific_numbers=no";

    [Fact]
    public async Task Says_what_each_party_and_faction_makes_of_a_deal()
    {
        // seller: ½·(4/10) + ½·0 = 0.20; buyer: ½·(1 − 4/10) + ½·1 = 0.80; hawks: 1 − 4/10 = 0.60 ≥ 0.30.
        var (exit, output, _) = await Cli.Run("evaluate", ScenarioText.File(ScenarioText.Valid), "--deal", "price=4,speed=fast");

        Assert.Equal(0, exit);
        Assert.Contains("  seller  worth 0.20 (reservation 0.20) → would accept", output);
        Assert.Contains("  buyer   worth 0.80 (reservation 0.20) → would accept", output);
        Assert.Contains("ratification by board of buyer's signature: needed (rule: when speed in [fast])", output);
        Assert.Contains("  with full discipline: 10 yes of 10 seats, 6 needed → would pass", output);
        Assert.Contains("    hawks   10 seats  worth 0.60 (needs 0.30) → for", output);
    }

    [Fact]
    public async Task A_negotiator_that_anticipates_a_refusal_would_reject_and_says_why()
    {
        var (_, output, _) = await Cli.Run("evaluate", ScenarioText.File(ScenarioText.Valid), "--deal", "price=8,speed=fast");

        Assert.Contains("  buyer   worth 0.60 (reservation 0.20) → would reject: board would refuse to ratify it", output);
    }

    [Fact]
    public async Task A_deal_with_numbers_needs_the_rada_in_json()
    {
        var (exit, output, _) = await Cli.Run("evaluate", Cli.Flagship, "--format", "json", "--deal", Framework.Replace("specific_numbers=no", "specific_numbers=yes", StringComparison.Ordinal));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("ratification").GetProperty("required").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("negotiators").GetArrayLength());
    }

    [Theory]
    [InlineData("guarantees=none", "--deal: a deal sets every term; missing: reimbursement")]
    [InlineData("guarantees=none,guarantees=commitment", "--deal: guarantees: given twice.")]
    [InlineData("colour=red", "--deal: colour: not a term; terms: guarantees, reimbursement")]
    [InlineData("reimbursement=75", "--deal: reimbursement: '75' is not a value of this term; allowed: a number from 0 to 500 in steps of 50.")]
    public async Task A_bad_deal_is_refused(string deal, string expected)
    {
        var (exit, _, error) = await Cli.Run("evaluate", Cli.Flagship, "--deal", deal);

        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error.Trim(), StringComparison.Ordinal);
    }
}
