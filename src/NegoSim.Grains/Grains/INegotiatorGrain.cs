using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>A negotiator of one run, keyed <c>{run}/{party}</c>.</summary>
public interface INegotiatorGrain : IGrainWithStringKey
{
    ValueTask Brief(NegotiatorBriefing briefing);

    /// <summary>Called every round: a <see cref="ValueTask{TResult}"/>, so an answer given at once allocates nothing.</summary>
    ValueTask<Proposal> Propose(ProposeRequest request);

    ValueTask<Response> Respond(Offer offer);

    /// <summary>The run is over: the activation goes once this call returns.</summary>
    Task Retire();
}
