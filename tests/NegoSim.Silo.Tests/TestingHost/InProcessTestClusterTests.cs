using Microsoft.Extensions.DependencyInjection;
using NegoSim.Silo.TestingHost;
using NegoSim.Silo.Tests.Grains;

namespace NegoSim.Silo.Tests.TestingHost;

/// <summary>An xunit collection fixture, as Orleans' docs set up <c>InProcessTestCluster</c>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = new InProcessTestClusterBuilder()
        .ConfigureSilo(silo => silo.AddGrain<CounterGrain>().ConfigureServices(s => s.AddSingleton<LifecycleLog>()))
        .Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(nameof(ClusterCollection))]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>;

[Collection(nameof(ClusterCollection))]
public sealed class InProcessTestClusterTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Grains_keep_state_across_calls_in_the_deployed_cluster()
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<ICounterGrain>("cluster");

        var first = await grain.Increment();
        var second = await grain.Increment();

        Assert.Equal(first + 1, second);
    }
}
