using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>The party grains of one run, <c>{run}/{party}</c>, as channels for the protocol.</summary>
internal sealed class GrainParties(IGrainFactory grains, string run) : IPartyDirectory
{
    private readonly Dictionary<string, NegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, RatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name) =>
        _negotiators.TryGetValue(name, out var channel)
            ? channel
            : _negotiators[name] = new NegotiatorChannel(grains.GetGrain<INegotiatorGrain>($"{run}/{name}"));

    public IRatifierChannel Ratifier(string name) =>
        _ratifiers.TryGetValue(name, out var channel)
            ? channel
            : _ratifiers[name] = new RatifierChannel(grains.GetGrain<IRatifierGrain>($"{run}/{name}"));

    /// <summary>Retires every party grain of the run, including any that was never called.</summary>
    public async Task RetireAsync(Scenario scenario)
    {
        foreach (var negotiator in scenario.Negotiators)
        {
            await ((NegotiatorChannel)Negotiator(negotiator.Name)).Grain.Retire();
        }

        foreach (var ratifier in scenario.Ratifiers)
        {
            await ((RatifierChannel)Ratifier(ratifier.Name)).Grain.Retire();
        }
    }

    private sealed class NegotiatorChannel(INegotiatorGrain grain) : INegotiatorChannel
    {
        public INegotiatorGrain Grain => grain;

        public ValueTask Brief(NegotiatorBriefing briefing) => grain.Brief(briefing);

        public ValueTask<Proposal> Propose(ProposeRequest request) => grain.Propose(request);

        public ValueTask<Response> Respond(Offer offer) => grain.Respond(offer);
    }

    private sealed class RatifierChannel(IRatifierGrain grain) : IRatifierChannel
    {
        public IRatifierGrain Grain => grain;

        public ValueTask<OutcomeSet> Brief(RatifierBriefing briefing) => grain.Brief(briefing);

        public ValueTask<RatificationVote> Vote(VoteRequest request) => grain.Vote(request);
    }
}
