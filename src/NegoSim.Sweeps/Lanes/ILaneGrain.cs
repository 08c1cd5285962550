using Orleans.Concurrency;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// A lane of a sweep: plays the batches one worker sends it, one after another. Keyed <c>{sweep}/{lane}/…</c>, unique
/// across clients; with <see cref="BatchRequest.ThroughParties"/> its party grains are keyed <c>{key}/{party}</c>.
/// </summary>
[Alias("negosim.ILaneGrain")]
public interface ILaneGrain : IGrainWithStringKey
{
    /// <summary>Plays a batch of runs; the grains stay for the next batch until <see cref="Retire"/>.</summary>
    [Alias("Play")]
    Task<BatchResult> Play(BatchRequest request);

    /// <summary>
    /// Does nothing: its first call activates the grain where the caller's placement hint says, and, answered even while
    /// a batch plays (interleaved), it tells the client that the lane's silo is still there.
    /// </summary>
    [Alias("Ping")]
    [AlwaysInterleave]
    Task Ping();

    /// <summary>Retires the party grains this lane used, and itself.</summary>
    [Alias("Retire")]
    Task Retire();
}
