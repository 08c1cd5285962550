using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Holds one <see cref="Negotiator"/>: the party's preferences and strategy state, seen by others only through its answers.</summary>
public sealed class NegotiatorGrain : Grain, INegotiatorGrain
{
    private readonly LocalNegotiatorChannel _negotiator = new();

    public Task Brief(NegotiatorBriefing briefing) => _negotiator.Brief(briefing).AsTask();

    public Task<Proposal> Propose(ProposeRequest request) => Task.FromResult(_negotiator.Negotiator.Propose(request));

    public Task<Response> Respond(Offer offer) => Task.FromResult(_negotiator.Negotiator.Respond(offer));

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
