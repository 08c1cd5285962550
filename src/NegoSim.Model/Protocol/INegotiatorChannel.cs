namespace NegoSim.Model.Protocol;

/// <summary>How the protocol talks to one negotiator: directly to a <see cref="Parties.Negotiator"/>, or to its grain.</summary>
public interface INegotiatorChannel
{
    /// <summary>
    /// The stage of the scenario's timeline in force (0 with nothing heard starts the negotiator afresh; a later stage
    /// follows an event), and what was heard so far: the votes of the run, whose tallies it learns from (talks reopened
    /// after a rejection), and the claims made about ratifiers.
    /// </summary>
    ValueTask Brief(int stage, Heard heard);

    ValueTask<Proposal> Propose(ProposeRequest request);

    /// <summary>
    /// Answers an offer. With <paramref name="counter"/>, the responder is the next round's proposer and nothing changes
    /// before that round, so it also makes that round's proposal now (the counter-offer of alternating offers): one
    /// message a round instead of two.
    /// </summary>
    ValueTask<Reply> Respond(Offer offer, ProposeRequest? counter);
}
