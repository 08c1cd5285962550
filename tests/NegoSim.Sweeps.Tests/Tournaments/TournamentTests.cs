using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Tournaments;

namespace NegoSim.Sweeps.Tests.Tournaments;

/// <summary>
/// Tournaments on the split game: share s worth s/10 to the seller and 1 − s/10 to the buyer, reservations 0.2, five
/// rounds, the seller first.
/// </summary>
public sealed class TournamentTests
{
    private const string Split = """
        name: split
        terms:
          share: {range: [0, 10], step: 1}
        parties:
          seller: {role: negotiator, weights: {share: 1}, values: {share: {best: 10}}, reservation: 0.2}
          buyer: {role: negotiator, weights: {share: 1}, values: {share: {best: 0}}, reservation: 0.2}
        protocol: {deadline: 5, ratification: never}
        """;

    private static TournamentOptions Options(int runs, params string[] agents) =>
        new([("split", new ScenarioSource([new SourceFile("/split.yaml", "split.yaml", Split)]))], [.. agents.Select(Agent.Parse)], runs, 7, 2);

    private static async Task<List<TournamentRow>> PlayAsync(TournamentOptions options, IReadOnlyList<TournamentRow>? done = null)
    {
        var rows = new List<TournamentRow>();
        await Tournament.RunAsync(options, done ?? [], rows.AddRange, null, CancellationToken.None);
        return rows;
    }

    [Fact]
    public async Task Every_ordered_pair_plays_both_roles_self_play_included_in_schedule_order()
    {
        var rows = await PlayAsync(Options(2, "hardliner", "linear"));

        Assert.Equal(2 * 2 * 2, rows.Count);
        Assert.Equal(
            ["hardliner/hardliner", "hardliner/hardliner", "hardliner/linear", "hardliner/linear", "linear/hardliner", "linear/hardliner", "linear/linear", "linear/linear"],
            rows.Select(r => $"{r.First}/{r.Second}"));
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (long)i), rows.Select(r => r.Match));
        Assert.Equal(Tournament.Schedule(Options(2, "hardliner", "linear")).Select(m => m.Seed), rows.Select(r => r.Seed));
    }

    [Fact]
    public async Task Two_hardliners_never_agree_and_keep_their_reservations()
    {
        // Each aims at its own best (share 10 for the seller, 0 for the buyer) to the end: no deal, 0.2 each.
        var row = (await PlayAsync(Options(1, "hardliner"))).Single();

        Assert.Equal(("no-agreement", 0, 0.2, 0.2), (row.Status, row.Round, row.UtilityFirst, row.UtilitySecond));
    }

    [Fact]
    public async Task A_hardliner_agrees_with_nobody_in_a_game_where_its_best_is_worth_nothing_to_the_other()
    {
        // A hardliner offers only its best (share 10 as seller, 0 as buyer), worth 0 to the other, below its 0.2; the
        // linear side's last offer is worth 0.8 to the hardliner, who wants 1. No agreement in any of its four roles
        // (both in self-play, one in each mixed pairing).
        var result = await Tournament.RunAsync(Options(1, "hardliner", "linear"), [], _ => { }, null, CancellationToken.None);

        var hardliner = result.Ranking.Single(s => s.Agent == "hardliner");
        Assert.Equal(0, hardliner.Agreement.Mean);
        Assert.Equal(4, hardliner.Utility.Count);
    }

    [Fact]
    public async Task On_an_embedded_silo_as_a_sweep_s_batches_it_writes_the_rows_it_writes_in_this_process()
    {
        var options = Options(3, "boulware", "micro", "learner=strategy=linear;opponent-model=bayesian");

        var here = await PlayAsync(options);
        var onSilo = await PlayAsync(options with { Engine = "batch" });

        Assert.Equal(3 * 3 * 3, here.Count);
        Assert.Equal(here.Select(r => r.ToCsv()), onSilo.Select(r => r.ToCsv()));
        Assert.Contains(here, r => r.Status == "no-agreement");
        Assert.Contains(here, r => r.Status != "no-agreement");
    }

    [Fact]
    public async Task A_resumed_tournament_writes_the_rows_a_whole_one_does()
    {
        var options = Options(3, "boulware", "conceder", "linear");
        var whole = await PlayAsync(options);

        var resumed = await PlayAsync(options, whole.Take(10).ToList());

        Assert.Equal(whole.Skip(10).Select(r => r.ToCsv()), resumed.Select(r => r.ToCsv()));
        Assert.Null(TournamentRow.Parse(whole[3].ToCsv()[..12]));
    }

    [Fact]
    public void An_estimate_is_the_mean_with_1_96_standard_errors_either_side()
    {
        // 1, 2, 3: mean 2, sample standard deviation 1, standard error 1/√3.
        var estimate = Estimate.Of([1, 2, 3]);

        Assert.Equal(2, estimate.Mean, 12);
        Assert.Equal(2 - (1.96 / Math.Sqrt(3)), estimate.Low, 12);
        Assert.Equal(2 + (1.96 / Math.Sqrt(3)), estimate.High, 12);
    }
}
