namespace NegoSim.Hosting;

/// <summary>Grain keys for runs: unique across clients and processes (not a per-process counter).</summary>
public static class RunKeys
{
    public static string New() => Guid.NewGuid().ToString("N");
}
