namespace NegoSim.Grains.Model.Protocol;

/// <summary>An offer put to a responder.</summary>
public sealed record Offer(int Round, double Time, string Proposer, int Outcome);
