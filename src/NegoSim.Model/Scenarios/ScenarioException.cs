namespace NegoSim.Model.Scenarios;

/// <summary>A scenario that cannot be played: where (file:line:col or the --set that caused it), the path, and what is wrong.</summary>
public sealed class ScenarioException(string location, string path, string problem)
    : Exception(path.Length == 0 ? $"{location}: {problem}" : $"{location}: {path}: {problem}")
{
    public string Location { get; } = location;

    public string Path { get; } = path;

    public string Problem { get; } = problem;
}
