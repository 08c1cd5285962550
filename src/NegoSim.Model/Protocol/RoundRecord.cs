using System.Collections.Immutable;

namespace NegoSim.Model.Protocol;

/// <summary>
/// One round of the transcript: who proposed what, with what target; every negotiator's utility for it (in scenario
/// order); every response; the notes of events that took effect at its start; and the time t at which its offer was
/// answered (on the clock of its talks: reopened talks start again at 0).
/// </summary>
public sealed record RoundRecord(
    int Round,
    string Proposer,
    int Offer,
    double Target,
    ImmutableArray<double> Utilities,
    ImmutableArray<Response> Responses,
    ImmutableArray<string> Notes,
    double Time = 0)
{
    public bool Signed => Offer >= 0 && Responses.All(r => r.Accepted);
}
