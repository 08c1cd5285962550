namespace NegoSim.Hosting;

/// <summary>The Orleans service and cluster ids NegoSim's silos and clients share.</summary>
public static class ClusterNames
{
    public const string ServiceId = "negosim";

    public const string ClusterId = "negosim";
}
