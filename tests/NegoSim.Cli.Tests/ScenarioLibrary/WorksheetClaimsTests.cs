using System.Text.Json;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>
/// What the worksheets in scenarios/exercises tell a class it will see, asserted on the runs they ask for (the
/// tied-hands worksheet has its own class). A recalibration that silently changes a lesson fails here.
/// </summary>
public sealed class WorksheetClaimsTests
{
    private static string Exercise(string name) => Path.Combine(Cli.RepoRoot, "scenarios", "exercises", name);

    /// <summary>A run's <c>outcome</c> from <c>negosim run --format json</c>.</summary>
    private static async Task<JsonElement> Outcome(string scenario, params string[] sets)
    {
        var (exit, output, error) = await Cli.Run(["run", scenario, .. sets.SelectMany(s => new[] { "--set", s }), "--format", "json"]);
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("outcome").Clone();
    }

    private static double Utility(JsonElement outcome, string party) => outcome.GetProperty("utilities").GetProperty(party).GetDouble();

    private static bool Signed(JsonElement outcome) => outcome.GetProperty("status").GetString() is "signed" or "ratified";

    [Theory]
    // guarantees-vs-reimbursement.md, 2–3: with a demand of 250 or 500 the line falls between 0.6 and 0.8; a lower
    // demand moves it only a little (with no demand, between 0.8 and 1).
    [InlineData("250", "0.6", "0.8")]
    [InlineData("500", "0.6", "0.8")]
    [InlineData("0", "0.8", "1")]
    public async Task Guarantees_vs_reimbursement_the_line_between_a_deal_and_none(string demand, string lastSigned, string firstUnsigned)
    {
        var scenario = Exercise("guarantees-vs-reimbursement.yaml");

        Assert.True(Signed(await Outcome(scenario, $"guarantee_weight={lastSigned}", $"reimbursement_demand={demand}")));
        Assert.False(Signed(await Outcome(scenario, $"guarantee_weight={firstUnsigned}", $"reimbursement_demand={demand}")));
    }

    [Fact]
    public async Task Deadline_pressure_a_Boulware_beats_a_conceder_by_a_wide_margin_and_matched_pairs_reach_the_same_deal_at_different_times()
    {
        var scenario = Exercise("deadline-pressure.yaml");
        Task<JsonElement> Pair(string washington, string kyiv) => Outcome(scenario, $"parties.washington.strategy={washington}", $"parties.kyiv.strategy={kyiv}");

        var (boulwareWashington, boulwareKyiv) = (await Pair("boulware", "conceder"), await Pair("conceder", "boulware"));
        Assert.True(Utility(boulwareWashington, "washington") - Utility(boulwareWashington, "kyiv") >= 0.2);
        Assert.True(Utility(boulwareKyiv, "kyiv") - Utility(boulwareKyiv, "washington") >= 0.2);

        var (conceders, boulwares) = (await Pair("conceder", "conceder"), await Pair("boulware", "boulware"));
        Assert.True(conceders.GetProperty("round").GetInt32() < boulwares.GetProperty("round").GetInt32());
        Assert.Equal(conceders.GetProperty("utilities").GetRawText(), boulwares.GetProperty("utilities").GetRawText());
    }

    [Fact]
    public async Task Deadline_pressure_with_two_rounds_Kyiv_proposes_at_its_reservation()
    {
        var (exit, output, error) = await Cli.Run("run", Exercise("deadline-pressure.yaml"), "--set", "deadline=2", "--format", "json");
        Assert.True(exit == 0, error);
        var second = JsonDocument.Parse(output).RootElement.GetProperty("rounds")[1];

        Assert.Equal("kyiv", second.GetProperty("proposer").GetString());
        Assert.Equal(0.4, second.GetProperty("targets").GetProperty("kyiv").GetDouble(), 9);
    }

    [Fact]
    public async Task European_partners_a_committed_Europe_puts_a_force_in_the_deal_and_Washington_asks_more_of_Kyiv()
    {
        var scenario = Exercise("european-partners.yaml");
        var committed = await Outcome(scenario);
        var reluctant = await Outcome(scenario, "europe_commitment=0");
        var baseline = await Outcome(Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml"));

        // 1. No commitment, no European guarantee; committed, a reassurance force.
        Assert.Equal("none", reluctant.GetProperty("deal").GetProperty("european_guarantees").GetString());
        Assert.Equal("reassurance-force", committed.GetProperty("deal").GetProperty("european_guarantees").GetString());

        // 2. Washington free-rides: a higher reimbursement and a higher utility.
        Assert.True(committed.GetProperty("deal").GetProperty("reimbursement").GetDouble() > reluctant.GetProperty("deal").GetProperty("reimbursement").GetDouble());
        Assert.True(Utility(committed, "washington") > Utility(reluctant, "washington"));

        // 3. Whether Kyiv gains depends on which Kyiv judges, and only one utility function at a time may: this
        // scenario's Kyiv (which values a European force) prefers the deal with Europe to the baseline's deal; the
        // baseline's Kyiv prefers the baseline's deal to the deal with Europe (without its European term).
        var withEurope = Deal(committed);
        var alone = Deal(baseline);
        Assert.True(await Worth(scenario, withEurope, "kyiv") > await Worth(scenario, [.. alone, "european_guarantees=none"], "kyiv"));
        Assert.True(await Worth(Path.Combine(Cli.RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml"), [.. withEurope.Where(t => !t.StartsWith("european_guarantees=", StringComparison.Ordinal))], "kyiv") < Utility(baseline, "kyiv"));
    }

    private static string[] Deal(JsonElement outcome) => [.. outcome.GetProperty("deal").EnumerateObject().Select(t => $"{t.Name}={t.Value}")];

    /// <summary>What <paramref name="deal"/> is worth to <paramref name="party"/> of <paramref name="scenario"/>, from <c>negosim evaluate --format json</c>.</summary>
    private static async Task<double> Worth(string scenario, string[] deal, string party)
    {
        var (exit, output, error) = await Cli.Run("evaluate", scenario, "--deal", string.Join(",", deal), "--format", "json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.GetProperty("negotiators").EnumerateArray().Single(n => n.GetProperty("name").GetString() == party).GetProperty("utility").GetDouble();
    }
}
