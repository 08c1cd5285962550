using Microsoft.Extensions.DependencyInjection;
using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests;

/// <summary>Starts a silo hosting the test grains, with a fresh <see cref="LifecycleLog"/> and <see cref="Rendezvous"/>.</summary>
internal static class TestSilo
{
    public static async Task<SiloHost> StartAsync(Action<SiloOptions>? configure = null)
    {
        var silo = new SiloBuilder()
            .AddGrain<CounterGrain>()
            .AddGrain<TurnGrain>()
            .AddGrain<CycleGrain>()
            .AddGrain<ReentrantCycleGrain>()
            .AddGrain<FaultyGrain>()
            .AddGrain<FragileActivationGrain>()
            .AddGrain<RelayGrain>()
            .AddGrain<QuietGrain>()
            .AddGrain<ShapesGrain>()
            .ConfigureServices(s => s.AddSingleton<LifecycleLog>().AddSingleton<Rendezvous>())
            .Configure(o => configure?.Invoke(o))
            .Build();
        await silo.StartAsync();
        return silo;
    }

    public static LifecycleLog Log(this SiloHost silo) => silo.Services.GetRequiredService<LifecycleLog>();
}
