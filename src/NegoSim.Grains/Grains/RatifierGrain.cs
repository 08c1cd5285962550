using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Holds one <see cref="Ratifier"/>: its factions and their votes.</summary>
public sealed class RatifierGrain : Grain, IRatifierGrain
{
    private readonly LocalRatifierChannel _ratifier = new();

    public ValueTask<OutcomeSet> Brief(RatifierBriefing briefing) => _ratifier.Brief(briefing);

    public ValueTask<RatificationVote> Vote(VoteRequest request) => _ratifier.Vote(request);

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
