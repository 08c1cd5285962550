using NegoSim.Model.Scenarios;

namespace NegoSim.Cli.Commands;

/// <summary>
/// Reads the scenario named on the command line and every file it <c>extends</c> (the only file reading a scenario
/// needs: the model compiles text), with its <c>--set</c> values.
/// </summary>
internal static class ScenarioLoading
{
    public static CompiledScenario Load(string path, IEnumerable<string>? sets = null) => ScenarioReader.Read(Source(path, sets));

    /// <exception cref="ScenarioException">A file cannot be read; the message says which and why.</exception>
    public static ScenarioSource Source(string path, IEnumerable<string>? sets = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path) || path.Any(char.IsControl))
        {
            throw new ScenarioException("negosim", "", string.IsNullOrWhiteSpace(path) ? "the scenario file's path is empty; give a scenario file (.yaml)." : "the scenario file's path holds a control character; give a scenario file (.yaml).");
        }

        var top = Open(Path.GetFullPath(path), path, path) ?? throw new ScenarioException(path, "", "no such file.");
        return new ScenarioSource(ScenarioReader.Files(top, (full, location) => Open(full, Shown(full), location)), [.. sets ?? []]);
    }

    /// <summary>The largest scenario file read: a hand-written scenario is a few kilobytes.</summary>
    public const long MostBytes = 1 << 20;

    private static SourceFile? Open(string fullPath, string name, string location)
    {
        try
        {
            if (Directory.Exists(fullPath))
            {
                throw new ScenarioException(location, "", location == name ? "that is a folder; give a scenario file (.yaml)." : $"{fullPath} is a folder; give a scenario file (.yaml).");
            }

            if (!File.Exists(fullPath))
            {
                return null;
            }

            // A pipe would wait for a writer for ever, a device never ends: only a regular file is read (a link to one is).
            if (NegoSim.Reports.FileKinds.Of(fullPath, followLinks: true) == NegoSim.Reports.FileKind.Other)
            {
                throw new ScenarioException(location, "", $"{(location == name ? "" : fullPath + ": ")}not a regular file (a device, pipe or socket); give a scenario file (.yaml).");
            }

            // Read at most one byte past the limit (a file can grow while it is read).
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var bytes = new byte[MostBytes + 1];
            var length = 0;
            for (int read; length < bytes.Length && (read = stream.Read(bytes, length, bytes.Length - length)) > 0;)
            {
                length += read;
            }

            if (length > MostBytes)
            {
                throw new ScenarioException(location, "", $"{(location == name ? "" : fullPath + ": ")}more than {MostBytes:N0} bytes; a scenario file may have at most that (is it a scenario?).");
            }

            using var reader = new StreamReader(new MemoryStream(bytes, 0, length), detectEncodingFromByteOrderMarks: true);
            return new SourceFile(fullPath, name, reader.ReadToEnd());
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
