using NegoSim.Grains.Model.Protocol;
using NegoSim.Silo;

namespace NegoSim.Grains.Grains;

/// <summary>A silo hosting the negotiation grains: start it, play runs through <see cref="INegotiationGrain"/>, dispose it.</summary>
public sealed class NegotiationSilo : IAsyncDisposable
{
    private readonly SiloHost _silo;
    private long _runs;

    private NegotiationSilo(SiloHost silo) => _silo = silo;

    public IGrainFactory GrainFactory => _silo.GrainFactory;

    /// <summary>Activations alive now; zero between runs, since every run retires its grains.</summary>
    public int ActivationCount => _silo.ActivationCount;

    public static async Task<NegotiationSilo> StartAsync(Action<SiloOptions>? configure = null)
    {
        var silo = new SiloBuilder()
            .AddGrains(typeof(NegotiationSilo).Assembly)
            .Configure(o => configure?.Invoke(o))
            .Build();
        await silo.StartAsync().ConfigureAwait(false);
        return new NegotiationSilo(silo);
    }

    /// <summary>Plays one run; <paramref name="runKey"/> names its grains (default: a number unique in this silo).</summary>
    public Task<NegotiationResult> RunAsync(Scenario scenario, ulong seed, bool recordRounds = true, string? runKey = null)
    {
        var key = runKey ?? $"run-{Interlocked.Increment(ref _runs)}";
        return _silo.GrainFactory.GetGrain<INegotiationGrain>(key).Run(new NegotiationRequest(scenario, seed, recordRounds));
    }

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
