using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>A negotiator, keyed <c>{run}/{party}</c>: it holds the party's compiled tables and strategy state and answers offers.</summary>
[Alias("negosim.INegotiatorGrain")]
public interface INegotiatorGrain : IGrainWithStringKey
{
    [Alias("Brief")]
    ValueTask Brief(Briefing briefing);

    [Alias("Propose")]
    ValueTask<Proposal> Propose(ProposeRequest request);

    /// <summary>Answers an offer and, with <paramref name="counter"/>, makes the next round's proposal in the same message.</summary>
    [Alias("Respond")]
    ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter);

    /// <summary>The run is over: the activation goes once this call returns.</summary>
    [Alias("Retire")]
    Task Retire();
}
