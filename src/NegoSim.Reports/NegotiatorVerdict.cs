namespace NegoSim.Reports;

/// <summary>Whether a negotiator would accept a deal at the deadline (when its target has fallen to its reservation), and why not.</summary>
public sealed record NegotiatorVerdict(string Name, double Utility, double Reservation, bool WouldAccept, string? Reason);
