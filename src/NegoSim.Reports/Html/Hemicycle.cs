namespace NegoSim.Reports.Html;

/// <summary>
/// Where the seats of a parliament sit in a half circle: rows of seats from an inner radius of 0.4 to an outer one of
/// 1, each row holding seats in proportion to its length, every seat listed from left to right (by angle, the inner
/// row first at equal angles), so that consecutive seats make a wedge.
/// </summary>
public static class Hemicycle
{
    public const double Inner = 0.4;

    /// <summary>The centre of each of <paramref name="seats"/> seats, left to right, and the angle each sits at (π at the far left).</summary>
    public static IReadOnlyList<(double X, double Y, double Angle)> Seats(int seats)
    {
        if (seats <= 0)
        {
            return [];
        }

        var rows = Math.Max(1, (int)Math.Round(Math.Sqrt(seats / 5.0)));
        var radii = Enumerable.Range(0, rows).Select(r => rows == 1 ? 1.0 : Inner + ((1 - Inner) * r / (rows - 1))).ToArray();
        var total = radii.Sum();
        var perRow = radii.Select(r => Math.Max(1, (int)Math.Floor(seats * r / total))).ToArray();
        for (var r = rows - 1; perRow.Sum() < seats; r = r == 0 ? rows - 1 : r - 1)
        {
            perRow[r]++;
        }

        for (var r = rows - 1; perRow.Sum() > seats; r = r == 0 ? rows - 1 : r - 1)
        {
            if (perRow[r] > 1)
            {
                perRow[r]--;
            }
        }

        var all = new List<(double X, double Y, double Angle, int Row)>(seats);
        for (var r = 0; r < rows; r++)
        {
            for (var i = 0; i < perRow[r]; i++)
            {
                var angle = Math.PI * (1 - ((i + 0.5) / perRow[r]));
                all.Add((radii[r] * Math.Cos(angle), radii[r] * Math.Sin(angle), angle, r));
            }
        }

        return [.. all.OrderByDescending(s => s.Angle).ThenBy(s => s.Row).Select(s => (s.X, s.Y, s.Angle))];
    }
}
