namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>
/// Pinned sweep rows (Pinned/README.md: first written before grid points were compiled from a scenario parsed once,
/// re-pinned when seeds became common random numbers): today's build, with either engine and any number of workers,
/// writes the same bytes for the same scenarios (the minerals files as they were then are kept beside the rows).
/// </summary>
public sealed class PinnedRowsTests
{
    /// <summary>The minerals scenarios as they were when the rows were pinned (the shipped ones were recalibrated since).</summary>
    private const string Frozen = "tests/NegoSim.Cli.Tests/Sweeps/Pinned/scenarios/";

    public static TheoryData<string, string[]> Sweeps => new()
    {
        { "flagship-grid.csv", [Frozen + "minerals-deal.yaml", "--vary", "guarantee_weight=0:0.1:1", "--vary", "reimbursement_demand=0:50:500"] },
        { "benchmark-grid.csv", ["bench/scenarios/sweep-benchmark.yaml", "--vary", "hawkishness=0:0.05:1", "--vary", "pressure=0.3,0.5", "--runs", "2"] },
        { "timeline-grid.csv", [Frozen + "5-timeline-replay.yaml", "--vary", "guarantee_weight=0:0.1:1", "--vary", "reimbursement_demand=0:100:500", "--runs", "2"] },
        { "rada-grid.jsonl", [Frozen + "minerals-deal.yaml", "--vary", "rada_demand=0:0.05:1", "--vary", "guarantee_weight=0.2,0.5", "--runs", "2", "--format", "jsonl"] },
        { "paths-grid.csv", [Frozen + "minerals-deal.yaml", "--vary", "parties.kyiv.reservation=0.2:0.1:0.6", "--vary", "parties.washington.strategy=boulware,conceder,linear", "--vary", "rada_demand=0.3,0.6"] },
        { "shard-grid.csv", ["scenarios/exercises/tied-hands.yaml", "--vary", "rada_demand=0:0.1:1", "--runs", "3", "--shard", "2/3"] },
    };

    [Theory]
    [MemberData(nameof(Sweeps))]
    public async Task Todays_rows_are_the_pinned_rows(string pinned, string[] sweep)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(Cli.RepoRoot, "tests", "NegoSim.Cli.Tests", "Sweeps", "Pinned", pinned));
        foreach (var how in new[] { new[] { "--workers", "2" }, ["--workers", "1", "--engine", "direct"] })
        {
            var output = Path.Combine(Path.GetTempPath(), $"negosim-pinned-{Guid.NewGuid():N}-{pinned}");
            try
            {
                var (exit, _, error) = await Cli.Run(["sweep", Path.Combine(Cli.RepoRoot, sweep[0]), .. sweep[1..], .. how, "--out", output]);

                Assert.True(exit == 0, error);
                Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), await File.ReadAllTextAsync(output));
            }
            finally
            {
                File.Delete(output);
                File.Delete(output + ".json");
            }
        }
    }
}
