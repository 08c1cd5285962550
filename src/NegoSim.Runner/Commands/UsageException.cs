namespace NegoSim.Runner.Commands;

/// <summary>The command line asks for something that cannot be done; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
