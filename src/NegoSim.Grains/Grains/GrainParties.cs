using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>The party grains of one run, <c>{run}/{party}</c>, as channels for the protocol.</summary>
internal sealed class GrainParties(IGrainFactory grains, string run) : IPartyDirectory
{
    private readonly Dictionary<string, INegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, IRatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name) =>
        _negotiators.TryGetValue(name, out var channel)
            ? channel
            : _negotiators[name] = new NegotiatorChannel(grains.GetGrain<INegotiatorGrain>($"{run}/{name}"));

    public IRatifierChannel Ratifier(string name) =>
        _ratifiers.TryGetValue(name, out var channel)
            ? channel
            : _ratifiers[name] = new RatifierChannel(grains.GetGrain<IRatifierGrain>($"{run}/{name}"));

    public async Task RetireAsync(Scenario scenario)
    {
        foreach (var negotiator in scenario.Negotiators)
        {
            await grains.GetGrain<INegotiatorGrain>($"{run}/{negotiator.Name}").Retire();
        }

        foreach (var ratifier in scenario.Ratifiers)
        {
            await grains.GetGrain<IRatifierGrain>($"{run}/{ratifier.Name}").Retire();
        }
    }

    private sealed class NegotiatorChannel(INegotiatorGrain grain) : INegotiatorChannel
    {
        public ValueTask Brief(NegotiatorBriefing briefing) => new(grain.Brief(briefing));

        public ValueTask<Proposal> Propose(ProposeRequest request) => new(grain.Propose(request));

        public ValueTask<Response> Respond(Offer offer) => new(grain.Respond(offer));
    }

    private sealed class RatifierChannel(IRatifierGrain grain) : IRatifierChannel
    {
        public ValueTask<OutcomeSet> Brief(RatifierBriefing briefing) => new(grain.Brief(briefing));

        public ValueTask<RatificationVote> Vote(VoteRequest request) => new(grain.Vote(request));
    }
}
