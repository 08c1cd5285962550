namespace NegoSim.Model.Ratification;

/// <summary>
/// How one faction voted: its seats, its utility for the deal, the reservation it voted by, its line (yes or not),
/// and its seats' yes, no and abstentions (a faction whose line is to abstain abstains with all its seats).
/// </summary>
public sealed record FactionVote(string Name, int Seats, double Utility, double Reservation, bool Line, int Yes, int No, int Abstain = 0);
