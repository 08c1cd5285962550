using NegoSim.Model.Ratification;

namespace NegoSim.Reports.Json;

/// <summary>One faction's vote: its line (<c>yes</c>/<c>no</c>/<c>abstain</c>) and how its seats voted.</summary>
public sealed record FactionReport(string Name, int Seats, string Vote, int Yes, int No, int Abstain, double Utility, double Reservation)
{
    public static FactionReport From(FactionVote f) =>
        new(f.Name, f.Seats, f.Line ? "yes" : f.Abstain > 0 ? "abstain" : "no", f.Yes, f.No, f.Abstain, Numbers.Rounded(f.Utility), f.Reservation);
}
