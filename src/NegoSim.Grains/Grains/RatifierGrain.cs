using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Holds one <see cref="Ratifier"/>: its factions and their votes.</summary>
public sealed class RatifierGrain : Grain, IRatifierGrain
{
    private readonly LocalRatifierChannel _ratifier = new();

    public Task<OutcomeSet> Brief(RatifierBriefing briefing) => _ratifier.Brief(briefing).AsTask();

    public Task<RatificationVote> Vote(VoteRequest request) => _ratifier.Vote(request).AsTask();

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
