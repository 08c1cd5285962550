using NegoSim.Model.Protocol;

namespace NegoSim.Runner.Tests.ScenarioLibrary;

/// <summary>
/// Each stage of scenarios/minerals-2025 reproduces what happened in February 2025. A model or calibration change
/// that rewrites history fails here, loudly, with the stage's name.
/// </summary>
public sealed class Minerals2025Tests
{
    private static async Task<(Scenario Scenario, NegotiationResult Result)> Play(string file, ulong seed = 0)
    {
        var scenario = Cli.Load(Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", file));
        return (scenario.Scenario, await AlternatingOffers.RunAsync(scenario.Tables, seed, new LocalParties(scenario.Tables)));
    }

    private static string Term(Scenario scenario, NegotiationResult result, string term)
    {
        var space = scenario.Space;
        var index = space.IndexOfTerm(term);
        return space.Terms[index].Label(space.Digit(result.Deal, index));
    }

    [Fact]
    public async Task The_opening_US_demand_of_12_February_is_not_signed()
    {
        var (scenario, result) = await Play("1-opening-demand.yaml");

        Assert.Equal(OutcomeStatus.NoAgreement, result.Status);
        var draft = Assert.Single(result.Rounds);
        Assert.Equal(
            "guarantees=none  reimbursement=500  revenue_share=0.5  scope=plus-infrastructure  fund_governance=us-controlled  specific_numbers=no",
            scenario.Space.Describe(draft.Offer));
    }

    [Fact]
    public async Task Kyivs_counter_draft_and_the_Munich_refusal_sign_nothing()
    {
        var (scenario, result) = await Play("2-munich-refusal.yaml");

        Assert.Equal(OutcomeStatus.NoAgreement, result.Status);
        Assert.Equal(["kyiv", "washington"], result.Rounds.Select(r => r.Proposer));
        Assert.Contains("guarantees=commitment  reimbursement=0", scenario.Space.Describe(result.Rounds[0].Offer));
    }

    [Fact]
    public async Task The_late_February_framework_is_signed_without_the_Rada()
    {
        var (scenario, result) = await Play("3-late-february-framework.yaml");

        Assert.Equal(OutcomeStatus.Signed, result.Status);
        Assert.False(result.RatificationRequired);
        Assert.Equal("supports-efforts", Term(scenario, result, "guarantees"));
        Assert.Equal("0", Term(scenario, result, "reimbursement"));
        Assert.Equal("no", Term(scenario, result, "specific_numbers"));
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public async Task A_comprehensive_deal_without_guarantees_is_not_signed(ulong seed)
    {
        var (scenario, result) = await Play("4-comprehensive-agreement.yaml", seed);

        Assert.Equal(OutcomeStatus.NoAgreement, result.Status);
    }

    [Fact]
    public async Task The_replayed_month_ends_in_a_framework_without_specific_numbers()
    {
        var (scenario, result) = await Play("5-timeline-replay.yaml");

        Assert.Equal(OutcomeStatus.Signed, result.Status);
        Assert.Equal("no", Term(scenario, result, "specific_numbers"));
        Assert.Equal("0", Term(scenario, result, "reimbursement"));
        Assert.NotEqual("commitment", Term(scenario, result, "guarantees"));
        Assert.Contains(result.Rounds, r => r.Notes.Any(n => n.StartsWith("19 Feb", StringComparison.Ordinal)));
    }
}
