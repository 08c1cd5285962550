namespace NegoSim.Cli.Tests.Cluster;

/// <summary>
/// A client of a cluster with no live silo says so within seconds, in one line, with what to start (issue 35: it was
/// silent for 180 s, then died with a raw SiloUnavailableException).
/// </summary>
[Trait("Category", "Slow")]
public sealed class NoLiveSiloTests
{
    [Fact]
    public async Task A_client_whose_Redis_lists_only_a_dead_silo_says_within_seconds_what_to_start()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 1);
        LocalCluster.Kill(cluster.Silos[0]);
        await cluster.Silos[0].WaitForExitAsync();

        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--cluster", cluster.Address).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: --cluster {cluster.Address}: no live silo of the cluster answered within 10 s; start one with 'negosim silo --cluster {cluster.Address}' (docs/cluster.md).", error.Trim());
    }

    [Fact]
    public async Task A_client_whose_Redis_is_not_there_says_so()
    {
        var address = $"127.0.0.1:{NegoSim.Hosting.FreePort.Find()}";

        var (exit, _, error) = await Cli.Run("run", Cli.Flagship, "--cluster", address).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, exit);
        Assert.Equal($"negosim: --cluster {address}: no Redis answers there; start it (redis-server) or check the address.", error.Trim());
    }
}
