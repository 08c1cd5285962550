using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Tests;

public sealed class SweepTallyTests
{
    [Fact]
    public void Rounds_are_averaged_over_signed_runs_utilities_over_played_runs_and_errors_are_counted_apart()
    {
        var tally = new SweepTally();
        tally.Add(OutcomeStatus.Ratified, 3, [0.5, 0.7]);
        tally.Add(OutcomeStatus.Signed, 5, [0.4, 0.6]);
        tally.Add(OutcomeStatus.NotRatified, 7, [0.1, 0.2]);
        tally.Add(OutcomeStatus.NoAgreement, 20, [0.2, 0.3]);
        tally.Add(null, 0, []);

        // By hand: 5 runs, 3 signed (rounds 3, 5, 7: mean 5; the unsigned run's 20 does not count), 2 to a vote,
        // 4 played (the error row has no utilities): (0.5 + 0.4 + 0.1 + 0.2) / 4 = 0.3 and (0.7 + 0.6 + 0.2 + 0.3) / 4 = 0.45.
        Assert.Equal((5, 1, 3, 2, 4), (tally.Runs, tally.Errors, tally.Signed, tally.Voted, tally.Played));
        Assert.Equal(5.0, tally.MeanRound);
        Assert.Equal(0.3, tally.MeanUtility(0)!.Value, 12);
        Assert.Equal(0.45, tally.MeanUtility(1)!.Value, 12);
        Assert.Null(tally.MeanUtility(2));
        Assert.Equal((1, 1, 0), (tally.Count("ratified"), tally.Count("error"), tally.Count("withdrawn")));
    }

    [Fact]
    public void The_counts_by_status_name_only_the_statuses_that_occurred_as_the_manifest_records_them()
    {
        var tally = new SweepTally();
        tally.Add(OutcomeStatus.Signed, 2, [1, 1]);
        tally.Add(OutcomeStatus.Signed, 4, [1, 1]);
        tally.Add(null, 0, []);

        Assert.Equal([new KeyValuePair<string, long>("error", 1), new KeyValuePair<string, long>("signed", 2)], tally.ByStatus);
    }

    [Fact]
    public void An_empty_tally_has_no_means()
    {
        var tally = new SweepTally();

        Assert.Equal((0, 0), (tally.Runs, tally.Signed));
        Assert.Null(tally.MeanRound);
        Assert.Null(tally.MeanUtility(0));
    }
}
