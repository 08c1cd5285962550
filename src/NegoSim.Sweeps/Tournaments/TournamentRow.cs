using System.Globalization;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// One negotiation's row: the match, how it ended, each role's utility, their sum (welfare), the distances of the
/// utilities to the Pareto frontier and the Nash point, and the round of signature (0 without one).
/// </summary>
public sealed record TournamentRow(
    long Match,
    string Scenario,
    ulong Seed,
    string First,
    string Second,
    string Status,
    int Round,
    double UtilityFirst,
    double UtilitySecond,
    double? ParetoDistance,
    double? NashDistance)
{
    public const string Header = "match,scenario,seed,first,second,status,round,utility_first,utility_second,welfare,pareto_distance,nash_distance";

    public bool Agreed => Round > 0;

    public double Welfare => UtilityFirst + UtilitySecond;

    public string ToCsv() => string.Join(',',
        Match.ToString(CultureInfo.InvariantCulture),
        Scenario,
        Seed.ToString(CultureInfo.InvariantCulture),
        First,
        Second,
        Status,
        Round.ToString(CultureInfo.InvariantCulture),
        Number(UtilityFirst),
        Number(UtilitySecond),
        Number(Welfare),
        ParetoDistance is { } p ? Number(p) : "",
        NashDistance is { } n ? Number(n) : "");

    /// <summary>Reads a row written by <see cref="ToCsv"/>; null when the line is not one (a row cut short by an interruption).</summary>
    public static TournamentRow? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var f = line.Split(',');
        var c = CultureInfo.InvariantCulture;
        return f.Length == 12
            && long.TryParse(f[0], NumberStyles.None, c, out var match)
            && ulong.TryParse(f[2], NumberStyles.None, c, out var seed)
            && int.TryParse(f[6], NumberStyles.None, c, out var round)
            && double.TryParse(f[7], NumberStyles.Float, c, out var first)
            && double.TryParse(f[8], NumberStyles.Float, c, out var second)
            ? new TournamentRow(match, f[1], seed, f[3], f[4], f[5], round, first, second, Optional(f[10]), Optional(f[11]))
            : null;
    }

    private static double? Optional(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Number(double x) => Math.Round(x, 6).ToString("R", CultureInfo.InvariantCulture);
}
