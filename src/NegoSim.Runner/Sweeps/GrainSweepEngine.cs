using NegoSim.Grains.Grains;
using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Sweeps;

/// <summary>Runs through the party grains, one negotiation grain per run keyed <c>sweep-{run}</c>; every run retires its grains.</summary>
public sealed class GrainSweepEngine : ISweepEngine
{
    private readonly NegotiationSilo _silo;

    private GrainSweepEngine(NegotiationSilo silo) => _silo = silo;

    public static async Task<GrainSweepEngine> StartAsync() => new(await NegotiationSilo.StartAsync().ConfigureAwait(false));

    public Task<NegotiationResult> RunAsync(Scenario scenario, ulong seed, long run) =>
        _silo.RunAsync(scenario, seed, recordRounds: false, runKey: $"sweep-{run}");

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
