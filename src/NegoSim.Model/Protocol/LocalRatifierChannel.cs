using NegoSim.Model.Ratification;

namespace NegoSim.Model.Protocol;

/// <summary>A channel straight to a <see cref="Ratification.Ratifier"/>, made from a scenario's tables.</summary>
public sealed class LocalRatifierChannel(ScenarioTables tables, string name) : IRatifierChannel
{
    public ValueTask<RatificationVote> Vote(VoteRequest request)
    {
        var at = tables.Stage(request.Stage);
        var ratifier = new Ratifier(at.Ratifiers[at.IndexOfRatifier(name)]);

        // Only a ratifier known by beliefs has a truth to draw.
        var truth = ratifier.Profile.IsUncertain ? new RunRandom(request.Truth) : null;
        return ValueTask.FromResult(ratifier.Vote(request.Deal, new RunRandom(request.Seed), truth));
    }
}
