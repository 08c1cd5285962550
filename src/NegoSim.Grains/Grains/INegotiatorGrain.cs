using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>A negotiator of one run, keyed <c>{run}/{party}</c>.</summary>
public interface INegotiatorGrain : IGrainWithStringKey
{
    Task Brief(NegotiatorBriefing briefing);

    Task<Proposal> Propose(ProposeRequest request);

    Task<Response> Respond(Offer offer);

    /// <summary>The run is over: the activation goes once this call returns.</summary>
    Task Retire();
}
