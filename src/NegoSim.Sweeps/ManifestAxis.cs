namespace NegoSim.Sweeps;

/// <summary>An axis of the grid as the manifest records it.</summary>
public sealed record ManifestAxis(string Name, IReadOnlyList<string> Values);
