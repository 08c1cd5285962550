using FsCheck;
using FsCheck.Fluent;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Tests.Outcomes;

public sealed class OrderScanTests
{
    [Fact]
    public void The_first_place_above_the_level_is_the_one_reading_place_by_place_finds()
    {
        // A second method: read every place from the first asked for, one at a time. Values are few and repeat (ties at
        // the level), the order is a shuffle, and the places asked for are any stretch (empty, short of four, whole).
        var cases = from count in Gen.Choose(0, 40)
                    from values in Gen.Choose(0, 6).Select(v => v / 6.0).ArrayOf(count)
                    from keys in Gen.Choose(0, 1000).ArrayOf(count)
                    from start in Gen.Choose(0, count)
                    from end in Gen.Choose(start, count)
                    from level in Gen.Choose(-1, 7).Select(v => v / 6.0)
                    select (values, order: Enumerable.Range(0, count).OrderBy(o => keys[o]).ThenBy(o => o).ToArray(), start, end, level);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(Arb.From(cases), c =>
        {
            var expected = c.end;
            for (var i = c.start; i < c.end; i++)
            {
                if (c.values[c.order[i]] > c.level)
                {
                    expected = i;
                    break;
                }
            }

            return OrderScan.FirstAbove(c.values, c.order, c.start, c.end, c.level) == expected;
        }));
    }

    [Fact]
    public void A_value_equal_to_the_level_is_not_above_it_and_nothing_above_gives_the_end_asked_for()
    {
        double[] values = [0.5, 0.5, 0.5, 0.5, 0.5, 0.9, 0.9];
        int[] order = [6, 0, 1, 2, 3, 4, 5];
        Assert.Equal(6, OrderScan.FirstAbove(values, order, 1, 7, 0.5));
        Assert.Equal(0, OrderScan.FirstAbove(values, order, 0, 7, 0.5));
        Assert.Equal(5, OrderScan.FirstAbove(values, order, 1, 5, 0.5));
        Assert.Equal(3, OrderScan.FirstAbove(values, order, 3, 3, 0.0));
    }
}
