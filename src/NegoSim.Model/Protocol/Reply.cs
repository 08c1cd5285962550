namespace NegoSim.Model.Protocol;

/// <summary>A responder's answer to an offer and, when asked for, its proposal for the next round.</summary>
public readonly record struct Reply(Response Response, Proposal? Counter);
