using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Holds one <see cref="Negotiator"/>: the party's preferences and strategy state, seen by others only through its answers.</summary>
public sealed class NegotiatorGrain : Grain, INegotiatorGrain
{
    private readonly LocalNegotiatorChannel _negotiator = new();

    public ValueTask Brief(NegotiatorBriefing briefing) => _negotiator.Brief(briefing);

    public ValueTask<Proposal> Propose(ProposeRequest request) => _negotiator.Propose(request);

    public ValueTask<Response> Respond(Offer offer) => _negotiator.Respond(offer);

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
