using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>How the protocol talks to one ratifier: directly to a <see cref="Ratifier"/>, or to its grain.</summary>
public interface IRatifierChannel
{
    /// <summary>Gives the ratifier its profile; it answers with its win-set.</summary>
    ValueTask<OutcomeSet> Brief(RatifierBriefing briefing);

    ValueTask<RatificationVote> Vote(VoteRequest request);
}
