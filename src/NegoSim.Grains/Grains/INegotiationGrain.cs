using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>Drives the rounds of one run, keyed by the run's name; the party grains are keyed <c>{run}/{party}</c>.</summary>
public interface INegotiationGrain : IGrainWithStringKey
{
    Task<NegotiationResult> Run(NegotiationRequest request);
}
