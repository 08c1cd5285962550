using NegoSim.Grains.Model.Outcomes;
using NegoSim.Grains.Model.Parties;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Ratification;

namespace NegoSim.Grains.Tests.Model.Telemetry;

/// <summary>Parties whose negotiators fail when asked to propose, to see how a failed run is traced.</summary>
internal sealed class BrokenParties : IPartyDirectory, INegotiatorChannel, IRatifierChannel
{
    public INegotiatorChannel Negotiator(string name) => this;

    public IRatifierChannel Ratifier(string name) => this;

    public ValueTask Brief(NegotiatorBriefing briefing) => ValueTask.CompletedTask;

    public ValueTask<Proposal> Propose(ProposeRequest request) => throw new InvalidOperationException("the negotiator is unreachable");

    public ValueTask<Response> Respond(Offer offer) => throw new InvalidOperationException("unreachable");

    public ValueTask<OutcomeSet> Brief(RatifierBriefing briefing) => throw new InvalidOperationException("unreachable");

    public ValueTask<RatificationVote> Vote(VoteRequest request) => throw new InvalidOperationException("unreachable");
}
