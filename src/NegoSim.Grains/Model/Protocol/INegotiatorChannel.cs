using NegoSim.Grains.Model.Parties;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>How the protocol talks to one negotiator: directly to a <see cref="Negotiator"/>, or to its grain.</summary>
public interface INegotiatorChannel
{
    ValueTask Brief(NegotiatorBriefing briefing);

    ValueTask<Proposal> Propose(ProposeRequest request);

    ValueTask<Response> Respond(Offer offer);
}
