using NegoSim.Model.Scenarios;

namespace NegoSim.Runner.Commands;

/// <summary>
/// Reads the scenario named on the command line and every file it <c>extends</c> (the only file reading a scenario
/// needs: the model compiles text), with its <c>--set</c> values.
/// </summary>
internal static class ScenarioLoading
{
    public static ScenarioFile Load(string path, IEnumerable<string>? sets = null) => ScenarioReader.Read(Source(path, sets));

    /// <exception cref="ScenarioException">A file cannot be read; the message says which and why.</exception>
    public static ScenarioSource Source(string path, IEnumerable<string>? sets = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var top = Open(Path.GetFullPath(path), path, path) ?? throw new ScenarioException(path, "", "no such file.");
        return new ScenarioSource(ScenarioReader.Files(top, (full, location) => Open(full, Shown(full), location)), [.. sets ?? []]);
    }

    private static SourceFile? Open(string fullPath, string name, string location)
    {
        try
        {
            return new SourceFile(fullPath, name, File.ReadAllText(fullPath));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(location, "", location == name ? e.Message : $"{fullPath}: {e.Message}");
        }
    }

    /// <summary>Names a file as the user would: relative to where they are if it lies below, else in full.</summary>
    private static string Shown(string fullPath)
    {
        var here = Path.GetFullPath(Environment.CurrentDirectory) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(here, StringComparison.Ordinal) ? fullPath[here.Length..] : fullPath;
    }
}
