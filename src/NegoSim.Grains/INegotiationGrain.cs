using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>
/// Drives negotiations: keyed by a run (or, in a sweep, a lane of runs) unique across clients; its party grains are
/// keyed <c>{key}/{party}</c>.
/// </summary>
[Alias("negosim.INegotiationGrain")]
public interface INegotiationGrain : IGrainWithStringKey
{
    /// <summary>Plays one run through the party grains, then retires them and itself.</summary>
    [Alias("Run")]
    Task<NegotiationResult> Run(RunRequest request);

    /// <summary>Plays a batch of runs; the grains stay for the next batch until <see cref="Retire"/>.</summary>
    [Alias("Play")]
    Task<BatchResult> Play(BatchRequest request);

    /// <summary>Does nothing: its first call activates the grain where the caller's placement hint says.</summary>
    [Alias("Ping")]
    Task Ping();

    /// <summary>Retires the party grains this grain used, and itself.</summary>
    [Alias("Retire")]
    Task Retire();
}
