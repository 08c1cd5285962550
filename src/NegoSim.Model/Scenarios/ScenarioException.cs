namespace NegoSim.Model.Scenarios;

/// <summary>
/// A scenario that cannot be played: where (file:line:col or the --set that caused it), the path, and what is wrong —
/// always one line: a line break in what it quotes (a path, a value) is shown as \n.
/// </summary>
public sealed class ScenarioException(string location, string path, string problem)
    : Exception(OneLine(path.Length == 0 ? $"{location}: {problem}" : $"{location}: {path}: {problem}"))
{
    public string Location { get; } = location;

    public string Path { get; } = path;

    public string Problem { get; } = problem;

    /// <summary><paramref name="text"/> with its line breaks written as \n (and \r), so that one error is one line.</summary>
    public static string OneLine(string text) =>
        text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)
            : text;
}
