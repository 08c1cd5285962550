namespace NegoSim.Model.Protocol;

/// <summary>The protocol asks the round's proposer for an offer; <see cref="Time"/> is t = (round − 1)/(deadline − 1).</summary>
public readonly record struct ProposeRequest(int Round, double Time);
