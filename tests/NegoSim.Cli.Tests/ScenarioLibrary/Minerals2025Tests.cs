using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>
/// The stages of scenarios/minerals-2025 share one calibration of preferences and differ only in facts (what is on
/// the table, the deadline, the timeline's events, who proposes). Each history test asserts the probability of what
/// happened over the box of plausible values of the calibration (docs/calibration.md), drawn by Latin hypercube —
/// not one point tuned to pass. Stages 1–3 chose the calibration; stages 4 and 5 are out-of-sample predictions, and
/// their tests pin what the model predicts, right or wrong.
/// </summary>
public sealed class Minerals2025Tests
{
    /// <summary>The box of docs/calibration.md.</summary>
    private static readonly string[] Box =
    [
        "--vary", "guarantee_weight~uniform(0.3,0.6)",
        "--vary", "rada_demand~uniform(0.3,0.6)",
        "--vary", "kyiv_reservation~uniform(0.3,0.5)",
        "--vary", "washington_reservation~uniform(0.2,0.4)",
    ];

    private static async Task<(Scenario Scenario, NegotiationResult Result)> Play(string file, params string[] sets)
    {
        var scenario = NegoSim.Cli.Commands.ScenarioLoading.Load(Stage(file), sets);
        return (scenario.Scenario, await AlternatingOffers.RunAsync(scenario.Tables, 0, new LocalParties(scenario.Tables)));
    }

    private static string Stage(string file) => Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", file);

    /// <summary>The rows of a sweep of <paramref name="file"/> over 300 points of the box, each a column name → value map.</summary>
    private static Task<List<Dictionary<string, string>>> OverTheBox(string file) => BoxSweep.Rows(Stage(file), 300, Box);

    private static double Share(List<Dictionary<string, string>> rows, Func<Dictionary<string, string>, bool> what) => BoxSweep.Share(rows, what);

    private static string Term(Scenario scenario, NegotiationResult result, string term)
    {
        var space = scenario.Space;
        var index = space.IndexOfTerm(term);
        return space.Terms[index].Label(space.Digit(result.Deal, index));
    }

    [Fact]
    public async Task Stage_1_the_opening_US_demand_of_12_February_is_not_signed_over_the_box()
    {
        var rows = await OverTheBox("1-opening-demand.yaml");

        Assert.True(Share(rows, r => r["status"] == "no-agreement") >= 0.8);
    }

    [Fact]
    public async Task Stage_1_Washington_opens_its_ultimatum_with_its_own_best_text_the_500bn_draft()
    {
        // By hand, from minerals-deal.yaml: Washington's best is no guarantee, the full $500 bn, a revenue share of at
        // least 0.5 (of those, Kyiv likes 0.5 best), the broadest scope and US control; it does not care whether the
        // text has numbers, and Kyiv prefers none. One round: it opens at t = 0, so with its best, not its reservation.
        var (scenario, result) = await Play("1-opening-demand.yaml");

        var offer = Assert.Single(result.Rounds);
        Assert.Equal(
            "guarantees=none  reimbursement=500  revenue_share=0.5  scope=plus-infrastructure  fund_governance=us-controlled  specific_numbers=no",
            scenario.Space.Describe(offer.Offer));
        Assert.Equal(1.0, offer.Target, 9);
    }

    [Fact]
    public async Task Stage_2_nothing_is_signed_on_14_and_15_February_over_the_box()
    {
        var rows = await OverTheBox("2-munich-refusal.yaml");

        Assert.True(Share(rows, r => r["status"] == "no-agreement") >= 0.8);
    }

    [Fact]
    public async Task Stage_2_plays_Kyivs_counter_draft_and_Washingtons_reply_and_stops_there()
    {
        var (scenario, result) = await Play("2-munich-refusal.yaml");

        Assert.Equal(["kyiv", "washington"], result.Rounds.Select(r => r.Proposer));
        Assert.Contains("guarantees=commitment  reimbursement=0", scenario.Space.Describe(result.Rounds[0].Offer));
    }

    [Fact]
    public async Task Stage_3_the_late_February_framework_is_found_by_the_model_over_the_box()
    {
        // Five terms are open (only the reimbursement figure is fixed, at 0, and a US commitment is off the table):
        // the model has to land on the text that was agreed — "supports efforts", half the revenue, a joint fund,
        // the broad scope, no specific numbers — and so on a deal the Rada does not vote on.
        var rows = await OverTheBox("3-late-february-framework.yaml");

        Assert.True(Share(rows, r => r["status"] == "signed") >= 0.8);
        Assert.True(Share(rows, r => r["guarantees"] == "supports-efforts" && r["revenue_share"] == "0.5" && r["fund_governance"] == "joint"
            && r["scope"] == "plus-infrastructure" && r["specific_numbers"] == "no") >= 0.8);
    }

    [Fact]
    public async Task Stage_4_out_of_sample_the_model_predicts_a_ratified_comprehensive_deal_which_did_not_happen()
    {
        // History: no comprehensive agreement was signed in February. The shared calibration predicts one, ratified:
        // with the same preferences as the framework, specific numbers cost Kyiv little (docs/calibration.md says so).
        var rows = await OverTheBox("4-comprehensive-agreement.yaml");

        Assert.True(Share(rows, r => r["status"] == "ratified") >= 0.8);
    }

    [Theory]
    [InlineData("0.85", "ratified")]
    [InlineData("0.89", "no-agreement")]
    public async Task Stage_4_the_Rada_blocks_every_comprehensive_deal_once_its_majority_asks_more_than_it_can_get(string demand, string status)
    {
        // By hand: Servant of the People (233 seats) values guarantees 0.4 (investment-protection, the best on the
        // table, 0.7), reimbursement 0.35 (0 is best) and revenue share 0.25 (0 is best): at most 0.28 + 0.35 + 0.25 =
        // 0.88. The other 168 seats cannot reach 226, so above 0.88 nothing can pass, and Kyiv, which anticipates
        // ratification, signs nothing.
        var (_, result) = await Play("4-comprehensive-agreement.yaml", $"rada_demand={demand}");

        Assert.Equal(status, result.Status.Name());
    }

    [Fact]
    public async Task Stage_4_a_demanding_Rada_wins_Kyiv_better_guarantees_tied_hands()
    {
        var (lenient, easy) = await Play("4-comprehensive-agreement.yaml", "rada_demand=0.3");
        var (_, tied) = await Play("4-comprehensive-agreement.yaml", "rada_demand=0.75");

        Assert.Equal("supports-efforts", Term(lenient, easy, "guarantees"));
        Assert.Equal("investment-protection", Term(lenient, tied, "guarantees"));
        Assert.True(tied.Utilities[1] > easy.Utilities[1]);
    }

    [Fact]
    public async Task Stage_5_out_of_sample_the_replayed_month_ends_in_a_framework_without_the_Rada_around_25_February()
    {
        var rows = await OverTheBox("5-timeline-replay.yaml");

        Assert.True(Share(rows, r => r["status"] == "signed" && r["specific_numbers"] == "no" && r["reimbursement"] == "0") >= 0.8);

        // Round 5 is 22 February, round 6 is 25 February (the day terms were reported agreed).
        Assert.True(Share(rows, r => r["round"] is "5" or "6") >= 0.8);
    }

    [Fact]
    public async Task Stage_5_drops_the_reimbursement_demand_on_19_February_as_an_event()
    {
        var (_, result) = await Play("5-timeline-replay.yaml");

        Assert.Contains(result.Rounds, r => r.Round == 4 && r.Notes.Any(n => n.StartsWith("19 Feb", StringComparison.Ordinal)));
    }
}
