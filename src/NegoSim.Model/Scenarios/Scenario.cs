using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Scenarios;

/// <summary>
/// A negotiation ready to play: the outcome space, the parties, the protocol and the timeline of events; and the
/// file's words for people (<see cref="Texts"/>), which change nothing in play.
/// </summary>
public sealed record Scenario(
    string Name,
    string Description,
    OutcomeSpace Space,
    ImmutableArray<NegotiatorProfile> Negotiators,
    ImmutableArray<RatifierProfile> Ratifiers,
    ProtocolSettings Protocol,
    ImmutableArray<ScenarioEvent> Events,
    ScenarioTexts? Texts = null)
{
    public int IndexOfNegotiator(string name)
    {
        for (var i = 0; i < Negotiators.Length; i++)
        {
            if (Negotiators[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
