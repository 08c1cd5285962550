using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Sweeps;

/// <summary>Drives the model directly, without actors: the same results as the grains, for comparison and benchmarks.</summary>
public sealed class DirectSweepEngine : ISweepEngine
{
    public Task<NegotiationResult> RunAsync(Scenario scenario, ulong seed, long run) =>
        AlternatingOffers.RunAsync(scenario, seed, new LocalParties(), recordRounds: false).AsTask();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
