namespace NegoSim.Sweeps;

/// <summary>A file the sweep's scenario was read from (its own file, then each it extends), as the manifest records it.</summary>
public sealed record ManifestFile(string Path, string Sha256);
