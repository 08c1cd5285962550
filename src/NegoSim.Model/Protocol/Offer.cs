namespace NegoSim.Model.Protocol;

/// <summary>An offer put to a responder.</summary>
public readonly record struct Offer(int Round, double Time, string Proposer, int Outcome);
