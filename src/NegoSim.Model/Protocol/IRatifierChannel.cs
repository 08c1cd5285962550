namespace NegoSim.Model.Protocol;

/// <summary>How the protocol talks to one ratifier: directly to a <see cref="Ratification.Ratifier"/>, or to its grain.</summary>
public interface IRatifierChannel
{
    ValueTask<Ratification.RatificationVote> Vote(VoteRequest request);
}
