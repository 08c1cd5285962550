using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// Passes the protocol's messages to a negotiator and tells the table each offer and answer. It never asks for a
/// counter-offer with an answer: every proposal is asked for in its own round, so the table shows it in that round.
/// </summary>
public sealed class WatchedNegotiatorChannel(TableGrain table, ScenarioTables tables, INegotiatorChannel inner) : INegotiatorChannel
{
    private int _stage;

    public ValueTask Brief(int stage, Heard heard)
    {
        _stage = stage;
        table.Briefed(stage);
        return inner.Brief(stage, heard);
    }

    public async ValueTask<Proposal> Propose(ProposeRequest request)
    {
        var proposal = await inner.Propose(request);
        var utilities = proposal.HasOffer
            ? [.. tables.Stage(_stage).Negotiators.Select(n => n.Utility.Evaluate(proposal.Outcome))]
            : ImmutableArray<double>.Empty;
        table.Proposed(new RoundRecord(proposal.Round, proposal.Proposer, proposal.Outcome, proposal.Target, utilities, [], []));
        return proposal;
    }

    public async ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter)
    {
        var reply = await inner.Respond(offer, null);
        table.Responded(offer.Round, reply.Response);
        return reply;
    }
}
