namespace NegoSim.Model.Ratification;

/// <summary>How one faction voted: its line (yes iff utility ≥ reservation) and its seats' votes.</summary>
public sealed record FactionVote(string Name, int Seats, double Utility, double Reservation, bool Line, int Yes, int No);
