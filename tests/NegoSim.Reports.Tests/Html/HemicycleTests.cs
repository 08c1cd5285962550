using NegoSim.Reports.Html;

namespace NegoSim.Reports.Tests.Html;

public sealed class HemicycleTests
{
    [Fact]
    public void Every_parliament_from_1_to_600_seats_gets_exactly_its_seats_in_the_half_ring_from_left_to_right()
    {
        for (var seats = 1; seats <= 600; seats++)
        {
            var places = Hemicycle.Seats(seats);

            Assert.Equal(seats, places.Count);
            for (var i = 0; i < places.Count; i++)
            {
                var (x, y, angle) = places[i];
                var radius = Math.Sqrt((x * x) + (y * y));
                Assert.InRange(radius, Hemicycle.Inner - 1e-9, 1 + 1e-9);
                Assert.InRange(y, 0, 1);
                Assert.Equal(Math.Atan2(y, x), angle, 9);
                Assert.True(i == 0 || places[i - 1].Angle >= angle, $"{seats} seats: seat {i} is left of seat {i - 1}");
            }

            // No two seats on one spot.
            Assert.Equal(seats, places.Select(p => (Math.Round(p.X, 6), Math.Round(p.Y, 6))).Distinct().Count());
        }
    }

    [Fact]
    public void The_rada_of_450_seats_fills_nine_rows_and_its_first_half_of_seats_lies_left_of_the_centre()
    {
        var places = Hemicycle.Seats(450);

        Assert.Equal(9, places.Select(p => Math.Round(Math.Sqrt((p.X * p.X) + (p.Y * p.Y)), 6)).Distinct().Count());
        Assert.All(places.Take(224), p => Assert.True(p.X <= 1e-9, $"seat at {p.X:0.000}"));
        Assert.All(places.Skip(226), p => Assert.True(p.X >= -1e-9, $"seat at {p.X:0.000}"));
    }
}
