using NegoSim.Model.Protocol;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>
/// The two referendum families, scenarios/maastricht-1992 and scenarios/lisbon-2008: a treaty signed, rejected by
/// the voters, renegotiated and ratified, out of facts (a referendum whose swing nobody knows, talks that reopen after
/// a rejection) rather than a switch. Each test asserts a probability over the box of docs/calibration.md, never a
/// single point.
/// </summary>
public sealed class ReferendumFamiliesTests
{
    private static string[] Box(string government) =>
    [
        "--vary", "swing~uniform(0.02,0.06)",
        "--vary", "drift~uniform(0.01,0.03)",
        "--vary", "partners_confidence~uniform(0.5,0.7)",
        "--vary", $"{government}_confidence~uniform(0.5,0.7)",
    ];

    private static readonly string[] Denmark = [.. Box("denmark"), "--vary", "voters_reservation~uniform(0.41,0.45)"];

    private static readonly string[] Ireland = [.. Box("ireland"), "--vary", "voters_reservation~uniform(0.36,0.4)"];

    private static Task<List<Dictionary<string, string>>> OverTheBox(string file, string[] box) =>
        BoxSweep.Rows(Path.Combine(Cli.RepoRoot, "scenarios", file), 400, box);

    private static double Share(List<Dictionary<string, string>> rows, Func<Dictionary<string, string>, bool> what) => BoxSweep.Share(rows, what);

    [Theory]
    [InlineData("maastricht-1992/1-june-1992-referendum.yaml", "opt_outs", "Denmark")]
    [InlineData("lisbon-2008/1-june-2008-referendum.yaml", "guarantees", "Ireland")]
    public async Task The_treaty_is_signed_as_it_stood_and_the_voters_reject_it_in_a_sizeable_share_of_the_box(string file, string concession, string country)
    {
        var rows = await OverTheBox(file, country == "Denmark" ? Denmark : Ireland);

        // The governments sign the treaty whole most of the time (both believe it passes more often than not)...
        Assert.True(Share(rows, r => r[concession] == "0") >= 0.5);

        // ...and the voters reject it: an upset the model gives odds of one in six to one in three, never zero.
        Assert.InRange(Share(rows, r => r["status"] == "not-ratified" && r[concession] == "0"), 0.10, 0.40);

        // The parliament passes every text: the failed vote is the referendum's. Two ratifiers vote on each text.
        Assert.All(rows.Where(r => r["status"] != "no-agreement"), r => Assert.Equal("2", r["votes"]));
    }

    [Theory]
    [InlineData("maastricht-1992/2-edinburgh-and-may-1993.yaml", "Denmark")]
    [InlineData("lisbon-2008/2-guarantees-and-october-2009.yaml", "Ireland")]
    public async Task After_a_rejection_the_talks_reopen_and_most_renegotiated_texts_are_ratified(string file, string country)
    {
        var rows = await OverTheBox(file, country == "Denmark" ? Denmark : Ireland);
        var rejectedFirst = rows.Where(r => r["failed_votes"] != "0").ToList();

        // Rejected, renegotiated, ratified: the history, in a share of the box that is no accident...
        Assert.True(Share(rows, r => r["status"] == "ratified" && r["failed_votes"] == "1") >= 0.10);

        // ...and, once rejected, most runs end ratified: the tally tells the governments how far to move.
        Assert.True(rejectedFirst.Count(r => r["status"] == "ratified") >= 0.6 * rejectedFirst.Count);

        // Each text goes to both ratifiers: a ratified second text means four votes (two when the reopened talks signed nothing).
        Assert.All(rejectedFirst, r => Assert.Contains(r["votes"], new[] { "2", "4" }));
        Assert.All(rejectedFirst.Where(r => r["status"] == "ratified"), r => Assert.Equal("4", r["votes"]));
    }

    [Fact]
    public async Task The_renegotiated_Danish_text_always_gives_more_exemptions_than_the_rejected_one()
    {
        // What the No teaches: the swing was against the treaty, so the believed chance of each text passing falls
        // and the governments must move toward the voters. Over seeds at the calibration's defaults.
        var file = NegoSim.Cli.Commands.ScenarioLoading.Load(Path.Combine(Cli.RepoRoot, "scenarios", "maastricht-1992", "2-edinburgh-and-may-1993.yaml"), []);
        var renegotiated = 0;
        for (var seed = 0UL; seed < 200; seed++)
        {
            var result = await AlternatingOffers.RunAsync(file.Tables, seed, new LocalParties(file.Tables));
            var texts = result.Rounds.Where(r => r.Signed).Select(r => r.Offer).ToList();
            if (texts.Count == 2)
            {
                renegotiated++;
                Assert.True(texts[1] > texts[0], $"seed {seed}: {texts[0]} then {texts[1]} exemptions");
                Assert.False(result.Votes.Single(v => v is { Ratifier: "danish-voters", Round: var round } && round == result.Rounds.First(r => r.Signed).Round).Passed);
            }
        }

        Assert.True(renegotiated > 0);
    }
}
