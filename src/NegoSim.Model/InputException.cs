namespace NegoSim.Model;

/// <summary>The command line asks for something that cannot be done; exit code 2. Its message is one line (line breaks in what it quotes are shown as \n).</summary>
public sealed class InputException(string message) : Exception(Scenarios.ScenarioException.OneLine(message));
