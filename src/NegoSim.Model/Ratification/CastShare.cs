namespace NegoSim.Model.Ratification;

/// <summary>
/// A threshold as a share of the votes cast (yes and no; abstentions are not cast): more than <see cref="Share"/> of
/// them (<see cref="MoreThan"/>; a majority of those voting is more than 0.5) or at least it.
/// </summary>
public sealed record CastShare(double Share, bool MoreThan)
{
    /// <summary>The yes votes needed when <paramref name="cast"/> votes are cast (at least 1).</summary>
    public int Needed(int cast) => Seats(Share, MoreThan, cast);

    /// <summary>The fewest of <paramref name="total"/> that are more than (or at least) <paramref name="share"/> of it, and at least 1.</summary>
    public static int Seats(double share, bool moreThan, int total)
    {
        var exact = share * total;
        var rounded = Math.Round(exact);
        var whole = Math.Abs(exact - rounded) < 1e-9;
        var needed = moreThan ? (whole ? (int)rounded + 1 : (int)Math.Ceiling(exact)) : (whole ? (int)rounded : (int)Math.Ceiling(exact));
        return Math.Max(1, needed);
    }
}
