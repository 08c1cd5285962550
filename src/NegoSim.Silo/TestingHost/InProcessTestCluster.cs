namespace NegoSim.Silo.TestingHost;

/// <summary>
/// A silo for tests, shaped like Orleans' <c>InProcessTestCluster</c>: build it, <see cref="DeployAsync"/>,
/// call grains through <see cref="GrainFactory"/>, then <see cref="DisposeAsync"/>. Fits an xunit collection fixture.
/// </summary>
public sealed class InProcessTestCluster : IAsyncDisposable
{
    internal InProcessTestCluster(SiloHost silo) => Silo = silo;

    public SiloHost Silo { get; }

    public IGrainFactory GrainFactory => Silo.GrainFactory;

    public Task DeployAsync() => Silo.StartAsync();

    public ValueTask DisposeAsync() => Silo.DisposeAsync();
}
