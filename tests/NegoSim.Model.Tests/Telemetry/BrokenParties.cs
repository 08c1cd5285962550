using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Telemetry;

/// <summary>Parties whose negotiators fail when asked to propose, to see how a failed run is traced.</summary>
internal sealed class BrokenParties : IPartyDirectory, INegotiatorChannel, IRatifierChannel
{
    public INegotiatorChannel Negotiator(string name) => this;

    public IRatifierChannel Ratifier(string name) => this;

    public ValueTask Brief(int stage, Heard heard) => ValueTask.CompletedTask;

    public ValueTask<Proposal> Propose(ProposeRequest request) => throw new InvalidOperationException("the negotiator is unreachable");

    public ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter) => throw new InvalidOperationException("unreachable");

    public ValueTask<RatificationVote> Vote(VoteRequest request) => throw new InvalidOperationException("unreachable");
}
