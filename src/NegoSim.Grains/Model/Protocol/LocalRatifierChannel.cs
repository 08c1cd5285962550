using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Model.Protocol;

/// <summary>A channel straight to a <see cref="Ratification.Ratifier"/> object.</summary>
public sealed class LocalRatifierChannel : IRatifierChannel
{
    private Ratifier? _ratifier;

    public ValueTask<OutcomeSet> Brief(RatifierBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        _ratifier = new Ratifier(briefing.Profile);
        return ValueTask.FromResult(_ratifier.WinSet(briefing.Space));
    }

    public ValueTask<RatificationVote> Vote(VoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ratifier = _ratifier ?? throw new InvalidOperationException("The ratifier has not been briefed.");
        return ValueTask.FromResult(ratifier.Vote(request.Deal, new RunRandom(request.Seed)));
    }
}
