using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Tests.Lanes;

[Collection(nameof(ClusterFixture))]
public sealed class LaneGrainTests(ClusterFixture fixture)
{
    private static string NewKey() => Guid.NewGuid().ToString("N");

    private static NegotiationResult Direct(CompiledScenario file, ulong seed, bool recordRounds = true) =>
        AlternatingOffers.RunAsync(file.Tables, seed, new LocalParties(file.Tables), recordRounds).AsTask().GetAwaiter().GetResult();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_batch_through_the_party_grains_or_in_the_grains_turn_equals_direct_runs(bool throughParties)
    {
        var source = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"), "rada_demand=0.85");
        var file = ScenarioReader.Read(source);
        var seeds = Enumerable.Range(0, 30).Select(i => (ulong)i * 7919).ToImmutableArray();
        var lane = fixture.Client.GetGrain<ILaneGrain>(NewKey());

        var first = await lane.Play(new BatchRequest(source, seeds[..15], throughParties));
        var second = await lane.Play(new BatchRequest(source, seeds[15..], throughParties));
        await lane.Retire();

        static string Text(RunSummary r) => $"{r.Status} {r.Round} {r.Deal} [{string.Join(" ", r.Utilities)}] {r.RatificationRequired} {r.Yes}/{r.No}";
        var played = first.Results.Concat(second.Results).Select(r => Text(r!));
        Assert.Equal(seeds.Select(s => Text(RunSummary.Of(Direct(file, s, recordRounds: false)))), played);
        Assert.All(first.Errors.Concat(second.Errors), Assert.Null);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Rows_made_by_a_silo_are_the_lines_its_runs_summaries_make(string format)
    {
        // A sweep's batch of three points of the flagship, sent as text: the silo compiles the points and makes the
        // rows. The same batch without rows gives the summaries, from which this process makes the lines itself.
        var scenario = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml"));
        var points = ImmutableArray.Create(
            new BatchPoint(["guarantee_weight=0.2", "rada_demand=0.3"], [11, 12], FirstRun: 40),
            new BatchPoint(["guarantee_weight=0.7", "rada_demand=0.3"], [13], FirstRun: 42),
            new BatchPoint(["guarantee_weight=0.7", "rada_demand=0.9"], [14, 15, 16], FirstRun: 43));
        var rowsAsked = new RowRequest(format, ["guarantee_weight", "rada_demand"]);
        var lane = fixture.Client.GetGrain<ILaneGrain>(NewKey());

        var made = (await lane.Play(new BatchRequest(scenario, points, ThroughParties: false, rowsAsked))).Rows!;
        var summaries = await lane.Play(new BatchRequest(scenario, points, ThroughParties: false));
        await lane.Retire();

        var expected = new System.Text.StringBuilder();
        var k = 0;
        foreach (var point in points)
        {
            var file = ScenarioReader.Read(scenario.WithVaries(point.Varies));
            var rows = SweepFormat.Create(format, SweepColumns.For(rowsAsked.Axes, file.Scenario));
            for (var i = 0; i < point.Seeds.Length; i++, k++)
            {
                var result = summaries.Results[k];
                rows.Append(expected, new RunOutcome(point.FirstRun + i, point.Seeds[i], point.Values(), result, summaries.Errors[k], result is null ? null : file.Tables.Distances, Point: point.FirstRun + i));
            }
        }

        // The lines are the file's UTF-8 bytes; each run's facts give its line's length and what the summary counts.
        var text = System.Text.Encoding.UTF8.GetString(made.Text.Span);
        var facts = Enumerable.Range(0, made.Runs).Select(made.FactsOf).ToList();
        Assert.Equal(expected.ToString(), text);
        Assert.Equal(summaries.Results.Length, made.Runs);
        Assert.Equal(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Encoding.UTF8.GetByteCount(l) + 1), facts.Select(f => f.Length));
        Assert.Equal(summaries.Results.Select(r => (sbyte)r!.Status), facts.Select(f => f.Status));
        Assert.Equal(summaries.Results.Select(r => r!.Deal), facts.Select(f => f.Deal));
        Assert.Equal(summaries.Results.Select(r => (short)(r!.IsSigned ? r.Round : 0)), facts.Select(f => f.Round));
        Assert.Equal(summaries.Results.SelectMany(r => r!.Utilities), facts.SelectMany(f => f.Utilities!));
        Assert.StartsWith(format == "csv" ? "40,11,0.2,0.3," : "{\"run\":40,\"seed\":11,\"guarantee_weight\":0.2,\"rada_demand\":0.3,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batches_leave_no_activation_behind_once_the_lane_retires()
    {
        var source = Files.Source(Path.Combine(Files.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"));
        var lane = fixture.Client.GetGrain<ILaneGrain>(NewKey());
        await lane.Play(new BatchRequest(source, ImmutableArray.Create<ulong>(1, 2, 3), throughParties: true));
        await lane.Retire();

        // Deactivation follows the last call asynchronously: wait for it (bounded), without asserting how long it takes.
        var alive = await fixture.NegoSimActivationsAsync();
        for (var look = 0; alive > 0 && look < 200; look++)
        {
            await Task.Delay(50);
            alive = await fixture.NegoSimActivationsAsync();
        }

        Assert.Equal(0, alive);
    }
}
