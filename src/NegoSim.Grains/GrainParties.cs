using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains;

/// <summary>
/// The party grains <c>{key}/{party}</c> as channels for the protocol, for runs of one scenario. It remembers which
/// grains it called, so that only those are retired: no grain is activated only to be retired.
/// </summary>
public sealed class GrainParties(IGrainFactory grains, string key, ScenarioSource scenario, ISet<PartyGrain> called) : IPartyDirectory
{
    private readonly Dictionary<string, NegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, RatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name)
    {
        if (!_negotiators.TryGetValue(name, out var channel))
        {
            called.Add(new PartyGrain(name, IsRatifier: false));
            channel = _negotiators[name] = new NegotiatorChannel(grains.GetGrain<INegotiatorGrain>($"{key}/{name}"), scenario);
        }

        return channel;
    }

    public IRatifierChannel Ratifier(string name)
    {
        if (!_ratifiers.TryGetValue(name, out var channel))
        {
            called.Add(new PartyGrain(name, IsRatifier: true));
            channel = _ratifiers[name] = new RatifierChannel(grains.GetGrain<IRatifierGrain>($"{key}/{name}"), scenario);
        }

        return channel;
    }

    /// <summary>Retires the party grains under <paramref name="key"/> that were called, and forgets them.</summary>
    public static async Task RetireAsync(IGrainFactory grains, string key, ISet<PartyGrain> called)
    {
        foreach (var party in called)
        {
            var id = $"{key}/{party.Party}";
            await (party.IsRatifier ? grains.GetGrain<IRatifierGrain>(id).Retire() : grains.GetGrain<INegotiatorGrain>(id).Retire());
        }

        called.Clear();
    }

    private sealed class NegotiatorChannel(INegotiatorGrain grain, ScenarioSource scenario) : INegotiatorChannel
    {
        public ValueTask Brief(int stage, Heard heard) =>
            grain.Brief(new Briefing(scenario, stage, heard.Votes, [.. heard.Claims.Select(c => c.Claimer)], [.. heard.Claims.Select(c => c.Text)]));

        public ValueTask<Proposal> Propose(ProposeRequest request) => grain.Propose(request);

        public ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter) => grain.Respond(offer, counter);
    }

    private sealed class RatifierChannel(IRatifierGrain grain, ScenarioSource scenario) : IRatifierChannel
    {
        public ValueTask<RatificationVote> Vote(VoteRequest request) => grain.Vote(new Ballot(scenario, request));
    }
}
