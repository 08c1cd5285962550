using NegoSim.Grains.Messages;
using NegoSim.Model.Ratification;

namespace NegoSim.Grains;

/// <summary>A ratifying body (a parliament), keyed <c>{run}/{party}</c>: its factions vote on a signed deal.</summary>
[Alias("negosim.IRatifierGrain")]
public interface IRatifierGrain : IGrainWithStringKey
{
    [Alias("Vote")]
    ValueTask<RatificationVote> Vote(Ballot ballot);

    [Alias("Retire")]
    Task Retire();
}
