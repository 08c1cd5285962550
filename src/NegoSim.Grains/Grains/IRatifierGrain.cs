using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>A ratifying body of one run, keyed <c>{run}/{party}</c>.</summary>
public interface IRatifierGrain : IGrainWithStringKey
{
    ValueTask<OutcomeSet> Brief(RatifierBriefing briefing);

    ValueTask<RatificationVote> Vote(VoteRequest request);

    Task Retire();
}
