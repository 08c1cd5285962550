using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Sweeps;

/// <summary>Plays one run of a sweep, without a transcript.</summary>
public interface ISweepEngine : IAsyncDisposable
{
    Task<NegotiationResult> RunAsync(Scenario scenario, ulong seed, long run);
}
