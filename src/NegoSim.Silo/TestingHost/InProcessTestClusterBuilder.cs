namespace NegoSim.Silo.TestingHost;

/// <summary>Builds an <see cref="InProcessTestCluster"/>.</summary>
public sealed class InProcessTestClusterBuilder
{
    private readonly SiloBuilder _silo = new();

    public InProcessTestClusterBuilder ConfigureSilo(Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_silo);
        return this;
    }

    public InProcessTestCluster Build() => new(_silo.Build());
}
