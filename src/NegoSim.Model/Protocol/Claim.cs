namespace NegoSim.Model.Protocol;

/// <summary>
/// A negotiator's claim that its ratifiers would refuse a text (its answer "my parliament will not pass this" to an
/// offer of <see cref="Text"/>). The others believe it only as far as <see cref="Parties.NegotiatorProfile.Credibility"/>
/// of <see cref="Claimer"/> says.
/// </summary>
public sealed record Claim(string Claimer, int Text);
