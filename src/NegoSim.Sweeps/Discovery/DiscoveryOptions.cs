namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// What <c>negosim discover</c> was asked for: a sweep's rows (with its manifest, which names the varied parameters),
/// the outcome of interest (a status, <c>agreement</c>, or <c>COLUMN&gt;x</c> with &gt;, &gt;=, &lt; or &lt;=), the density
/// the chosen box must reach, and the method: <c>prim</c> (the default) or <c>cart</c> (a classification tree).
/// </summary>
public sealed record DiscoveryOptions(string RowsFile, string Outcome, double Threshold = 0.8, string Method = "prim");
