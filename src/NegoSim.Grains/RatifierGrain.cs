using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using Orleans.Placement;

namespace NegoSim.Grains;

/// <summary>Holds one ratifier: its factions vote on a signed deal. Placed beside its caller.</summary>
[PreferLocalPlacement]
public sealed class RatifierGrain(ScenarioCatalog catalog) : Grain, IRatifierGrain
{
    public ValueTask<RatificationVote> Vote(Ballot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var ratifier = new LocalRatifierChannel(catalog.Get(ballot.Scenario).Tables, PartyName.Of(this.GetPrimaryKeyString()));
        return ratifier.Vote(ballot.Request);
    }

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
