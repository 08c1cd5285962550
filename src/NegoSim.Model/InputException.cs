namespace NegoSim.Model;

/// <summary>The command line asks for something that cannot be done; exit code 2.</summary>
public sealed class InputException(string message) : Exception(message);
