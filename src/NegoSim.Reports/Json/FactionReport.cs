using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Json;

/// <summary>One faction's vote: its line (<c>yes</c>/<c>no</c>) and how its seats voted.</summary>
public sealed record FactionReport(string Name, int Seats, string Vote, int Yes, int No, double Utility, double Reservation)
{
    public static FactionReport From(FactionVote f) => new(f.Name, f.Seats, f.Line ? "yes" : "no", f.Yes, f.No, Numbers.Rounded(f.Utility), f.Reservation);
}
