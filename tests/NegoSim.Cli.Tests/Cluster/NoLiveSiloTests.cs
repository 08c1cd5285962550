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

    [Fact]
    public async Task A_silo_started_after_the_only_silo_was_killed_joins_and_says_once_that_the_dead_one_is_gone()
    {
        // Issue 35: the new silo waited about 100 s for the dead entry, printing about 1,000 lines. It now joins once
        // the dead silo's entry is stale (about 11 s; AddSiloAsync waits at most a minute) and logs one line of it.
        await using var cluster = await LocalCluster.StartAsync(silos: 1);
        var dead = cluster.Silos[0];
        LocalCluster.Kill(dead);
        await dead.WaitForExitAsync();

        await cluster.AddSiloAsync();

        var log = cluster.Log(cluster.Silos[1]);
        var gone = Assert.Single(log, line => !line.StartsWith("negosim silo: joined", StringComparison.Ordinal));
        Assert.Matches(@"^warn: NegoSim\.Hosting\.LostSiloNotice: silo 127\.0\.0\.1:\d+@\d+ is gone: the cluster declared it dead", gone);

        // The cluster plays: the run on it ends as the same run in one process.
        var (exit, output, _) = await Cli.Run("run", Cli.Flagship, "--cluster", cluster.Address).WaitAsync(TimeSpan.FromMinutes(1));
        var (_, alone, _) = await Cli.Run("run", Cli.Flagship);
        Assert.Equal(0, exit);
        Assert.Equal(OutcomeLine(alone), OutcomeLine(output));
    }

    private static string OutcomeLine(string output) =>
        output.Split('\n').Single(line => line.StartsWith("Outcome:", StringComparison.Ordinal));
}
