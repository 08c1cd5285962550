using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Tests.Outcomes;

public sealed class RangeTermTests
{
    [Fact]
    public void The_grid_runs_from_min_to_max_in_steps_including_both_ends()
    {
        var share = new RangeTerm("revenue_share", 0, 1, 0.1);

        Assert.Equal(11, share.Count);
        Assert.Equal(0.5, share.Points[5]);
        Assert.Equal(1, share.Points[^1]);
    }

    [Fact]
    public void A_step_that_overshoots_stops_below_max()
    {
        Assert.Equal([0, 200, 400], new RangeTerm("r", 0, 500, 200).Points.ToArray());
    }

    [Theory]
    [InlineData("0.5", 5)]
    [InlineData("0.50", 5)]
    [InlineData("1", 10)]
    public void Values_are_found_by_number(string text, int index)
    {
        Assert.True(new RangeTerm("s", 0, 1, 0.1).TryIndexOf(text, out var found));
        Assert.Equal(index, found);
    }

    [Theory]
    [InlineData("0.55")]
    [InlineData("2")]
    [InlineData("half")]
    public void Values_off_the_grid_are_not_found(string text)
    {
        Assert.False(new RangeTerm("s", 0, 1, 0.1).TryIndexOf(text, out _));
    }

    [Fact]
    public void On_the_table_narrows_the_grid_but_keeps_the_range_for_values()
    {
        var reimbursement = new RangeTerm("reimbursement", 0, 500, 50, "USD bn", [0, 100]);

        Assert.Equal([0, 100], reimbursement.Points.ToArray());
        Assert.Equal("0, 100", reimbursement.Allowed);
        Assert.True(reimbursement.IsOnScale("450"));
        Assert.False(reimbursement.IsOnScale("475"));
        Assert.Equal([1, 0.8], new NegoSim.Model.Preferences.BestValue("0").Tabulate(reimbursement));
    }

    [Fact]
    public void A_value_off_the_grid_cannot_be_put_on_the_table()
    {
        Assert.Contains("75 is not on the grid", Assert.Throws<ArgumentException>(() => new RangeTerm("r", 0, 500, 50, null, [75])).Message);
    }
}
