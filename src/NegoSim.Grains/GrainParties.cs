using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains;

/// <summary>
/// The party grains <c>{key}/{party}</c> as channels for the protocol, for runs of one scenario. It remembers which
/// grains it called, so that only those are retired: no grain is activated only to be retired.
/// </summary>
internal sealed class GrainParties(IGrainFactory grains, string key, ScenarioSource scenario, ISet<string> called) : IPartyDirectory
{
    private readonly Dictionary<string, NegotiatorChannel> _negotiators = [];
    private readonly Dictionary<string, RatifierChannel> _ratifiers = [];

    public INegotiatorChannel Negotiator(string name)
    {
        if (!_negotiators.TryGetValue(name, out var channel))
        {
            called.Add(NegotiatorKey(name));
            channel = _negotiators[name] = new NegotiatorChannel(grains.GetGrain<INegotiatorGrain>($"{key}/{name}"), scenario);
        }

        return channel;
    }

    public IRatifierChannel Ratifier(string name)
    {
        if (!_ratifiers.TryGetValue(name, out var channel))
        {
            called.Add(RatifierKey(name));
            channel = _ratifiers[name] = new RatifierChannel(grains.GetGrain<IRatifierGrain>($"{key}/{name}"), scenario);
        }

        return channel;
    }

    /// <summary>Retires every party grain in <paramref name="called"/> (names as <see cref="GrainParties"/> records them) under <paramref name="key"/>.</summary>
    public static async Task RetireAsync(IGrainFactory grains, string key, ISet<string> called)
    {
        foreach (var name in called)
        {
            if (name.StartsWith(RatifierPrefix, StringComparison.Ordinal))
            {
                await grains.GetGrain<IRatifierGrain>($"{key}/{name[RatifierPrefix.Length..]}").Retire();
            }
            else
            {
                await grains.GetGrain<INegotiatorGrain>($"{key}/{name}").Retire();
            }
        }

        called.Clear();
    }

    private const string RatifierPrefix = "ratifier:";

    private static string NegotiatorKey(string name) => name;

    private static string RatifierKey(string name) => RatifierPrefix + name;

    private sealed class NegotiatorChannel(INegotiatorGrain grain, ScenarioSource scenario) : INegotiatorChannel
    {
        public ValueTask Brief(int stage) => grain.Brief(new Briefing(scenario, stage));

        public ValueTask<Proposal> Propose(ProposeRequest request) => grain.Propose(request);

        public ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter) => grain.Respond(offer, counter);
    }

    private sealed class RatifierChannel(IRatifierGrain grain, ScenarioSource scenario) : IRatifierChannel
    {
        public ValueTask<RatificationVote> Vote(VoteRequest request) => grain.Vote(new Ballot(scenario, request));
    }
}
