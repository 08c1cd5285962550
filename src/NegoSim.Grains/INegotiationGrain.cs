using NegoSim.Grains.Messages;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains;

/// <summary>
/// Drives one negotiation: keyed by a run unique across clients; its party grains are keyed <c>{key}/{party}</c>.
/// </summary>
[Alias("negosim.INegotiationGrain")]
public interface INegotiationGrain : IGrainWithStringKey
{
    /// <summary>Plays one run through the party grains, then retires them and itself.</summary>
    [Alias("Run")]
    Task<NegotiationResult> Run(RunRequest request);

    /// <summary>Retires the party grains this grain used, and itself.</summary>
    [Alias("Retire")]
    Task Retire();
}
