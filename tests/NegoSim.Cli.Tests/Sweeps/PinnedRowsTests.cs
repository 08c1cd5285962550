namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>
/// Sweeps whose rows were written by the build before grid points were compiled from a scenario parsed once (see
/// Pinned/README.md): today's build, with either engine and any number of workers, writes the same bytes for the
/// same scenarios (the minerals files as they were then are kept beside the rows).
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
                Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), WithoutLaterColumns(await File.ReadAllTextAsync(output)));
            }
            finally
            {
                File.Delete(output);
                File.Delete(output + ".json");
            }
        }
    }

    /// <summary>
    /// The rows as the pinned build wrote them: without <c>nash_ratifiable_distance</c>, <c>votes</c> and
    /// <c>failed_votes</c>, added later (as columns in CSV, as keys in JSONL), and in JSONL with the varied values as strings, as they were
    /// written then (now they are numbers); every other byte must be the same.
    /// </summary>
    private static string WithoutLaterColumns(string rows)
    {
        var lines = rows.Split('\n');
        if (lines[0].StartsWith('{'))
        {
            return string.Join('\n', lines.Select(l => System.Text.RegularExpressions.Regex.Replace(
                System.Text.RegularExpressions.Regex.Replace(l, ",\"(nash_ratifiable_distance|votes|failed_votes)\":[^,}]*", ""),
                "\"(rada_demand|guarantee_weight)\":([^,\"}]+)",
                "\"$1\":\"$2\"")));
        }

        var header = lines[0].Split(',');
        int[] later = [Array.IndexOf(header, "nash_ratifiable_distance"), Array.IndexOf(header, "votes"), Array.IndexOf(header, "failed_votes")];
        Assert.True(later.All(c => c > 0), "the header has nash_ratifiable_distance, votes and failed_votes");
        return string.Join('\n', lines.Select(l => l.Length == 0 ? l : string.Join(',', l.Split(',').Where((_, i) => !later.Contains(i)))));
    }
}
