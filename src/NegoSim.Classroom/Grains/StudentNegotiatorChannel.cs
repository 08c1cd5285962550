using NegoSim.Model.Protocol;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A negotiator's seat with a student at it: the protocol's questions wait for the student's moves. A student's offer
/// carries, as its target, what it is worth to the student; an answer carries the student's reservation. The seat's
/// strategy (<paramref name="strategy"/>) is briefed as the student is, and moves for the student when the teacher
/// hands it the seat or the classroom's timer runs out.
/// </summary>
public sealed class StudentNegotiatorChannel(TableGrain table, ScenarioTables tables, string name, INegotiatorChannel strategy) : INegotiatorChannel
{
    private StageTables _at = tables.Stage(0);

    public ValueTask Brief(int stage, Heard heard)
    {
        _at = tables.Stage(stage, heard);
        return strategy.Brief(stage, heard);
    }

    public async ValueTask<Proposal> Propose(ProposeRequest request)
    {
        var move = await table.AwaitAsync(new Turn(name, TurnKind.Propose, request.Round, -1), async () =>
        {
            var proposal = await strategy.Propose(request);
            return new SeatAction(ActionKind.Propose, request.Round, proposal.Outcome);
        });

        // A strategy may make no offer in a round; a student always makes one.
        return new Proposal(request.Round, name, move.Outcome, move.Outcome < 0 ? 0 : Self.Utility.Evaluate(move.Outcome));
    }

    public async ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter)
    {
        var move = await table.AwaitAsync(new Turn(name, TurnKind.Respond, offer.Round, offer.Outcome), async () =>
        {
            var reply = await strategy.Respond(offer, null);
            return new SeatAction(reply.Response.Accepted ? ActionKind.Accept : ActionKind.Reject, offer.Round);
        });
        var verdict = move.Kind == ActionKind.Accept ? Verdict.Accept : Verdict.Rejected;
        return new Reply(new Response(name, verdict, Self.Utility.Evaluate(offer.Outcome), Self.Reservation), null);
    }

    private Model.Parties.NegotiatorProfile Self => _at.Negotiators[_at.IndexOfNegotiator(name)];
}
