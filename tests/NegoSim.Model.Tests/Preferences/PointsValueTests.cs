using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Preferences;

public sealed class PointsValueTests
{
    [Fact]
    public void Interpolates_between_points_and_is_flat_beyond_them()
    {
        var share = new RangeTerm("revenue_share", 0, 1, 0.25);

        var values = new PointsValue([(0.25, 0), (0.5, 1)]).Tabulate(share);

        Assert.Equal([0, 0, 1, 1, 1], values);
    }

    [Fact]
    public void Points_must_go_up_in_x()
    {
        var error = Assert.Throws<ArgumentException>(() => new PointsValue([(0.5, 0), (0.5, 1)]).Tabulate(new RangeTerm("s", 0, 1, 0.5)));

        Assert.Contains("x must increase", error.Message);
    }
}
