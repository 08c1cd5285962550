namespace NegoSim.Reports;

/// <summary>A path negosim was asked to write may not be written (a folder, a link, a device); the message says which and why.</summary>
public sealed class UnwritablePathException(string message) : IOException(message);
