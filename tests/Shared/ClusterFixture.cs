using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using NegoSim.Grains;
using Orleans.TestingHost;

namespace NegoSim.Tests;

[CollectionDefinition(nameof(ClusterFixture))]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;

/// <summary>
/// A real two-silo Orleans cluster in this process (<see cref="InProcessTestCluster"/>) with the NegoSim grains, its
/// client connected through a gateway (so every message and result is serialized), and a log of every grain call.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>Every call the silos received: the grain's key and the interface method.</summary>
    public ConcurrentQueue<(string Key, string Method)> Calls { get; } = new();

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => AddGrains(silo)
            .AddNegoSim()
            .AddActivityPropagation()
            .AddIncomingGrainCallFilter(context =>
            {
                if (context.InterfaceName.Contains("NegoSim", StringComparison.Ordinal))
                {
                    Calls.Enqueue((context.TargetId.Key.ToString()!, $"{context.InterfaceType}/{context.MethodName}"));
                }

                return context.Invoke();
            }));
        builder.ConfigureClient(client => client.AddActivityPropagation());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>Lets every silo's grains use <paramref name="file"/> without compiling it (for scenarios made in code, which have no text).</summary>
    public void Share(NegoSim.Model.Scenarios.CompiledScenario file)
    {
        foreach (var silo in Cluster.Silos)
        {
            Cluster.GetSiloServiceProvider(silo.SiloAddress).GetRequiredService<ScenarioCatalog>().Add(file);
        }
    }

    /// <summary>Activations of the NegoSim grains alive in the cluster.</summary>
    public async Task<int> NegoSimActivationsAsync()
    {
        var statistics = await Client.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains("NegoSim", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }

    public virtual async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>What a product's own grains need of a silo beyond the NegoSim grains (the classroom's storage, say).</summary>
    protected virtual ISiloBuilder AddGrains(ISiloBuilder silo) => silo;
}
