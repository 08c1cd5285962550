using System.Globalization;

namespace NegoSim.Reports;

/// <summary>
/// The rules for a file negosim writes whole (a report, a merged sweep, an export): written beside its path first
/// (<c>PATH.PID.tmp</c>), then moved over the path — never over a folder, a link or a device (<see cref="FileKinds"/>);
/// and the leftovers of a run that was killed half-way (a <c>PATH.PID.tmp</c> whose process is gone) are removed by
/// the next write of the same path.
/// </summary>
public static class OutputFile
{
    /// <summary>The file to write first, for <paramref name="path"/>: stale ones of dead processes are removed.</summary>
    /// <exception cref="UnwritablePathException">The path may not be replaced; the message says why.</exception>
    public static string Aside(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnwritablePathException(path.Length == 0 || string.IsNullOrWhiteSpace(path) ? "an output path is empty; give a file's path." : "an output path holds a NUL character; give a file's path.");
        }

        var full = Path.GetFullPath(path);
        if (FileKinds.RefusalToReplace(full) is { } refusal)
        {
            throw new UnwritablePathException($"{path} {refusal}");
        }

        RemoveStale(full);
        return $"{full}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp";
    }

    /// <summary>Moves the finished <paramref name="aside"/> over <paramref name="path"/>, unless the path has become something it may not replace.</summary>
    /// <exception cref="UnwritablePathException">The path may not be replaced; the message says why.</exception>
    public static void Replace(string aside, string path)
    {
        ArgumentNullException.ThrowIfNull(aside);
        ArgumentNullException.ThrowIfNull(path);
        if (FileKinds.RefusalToReplace(Path.GetFullPath(path)) is { } refusal)
        {
            throw new UnwritablePathException($"{path} {refusal}");
        }

        File.Move(aside, path, overwrite: true);
    }

    /// <summary>Removes <c>PATH.N.tmp</c> files left by processes N that no longer run.</summary>
    private static void RemoveStale(string full)
    {
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var name = Path.GetFileName(full);
        try
        {
            foreach (var stale in Directory.EnumerateFiles(folder, name + ".*.tmp"))
            {
                var middle = Path.GetFileName(stale)[(name.Length + 1)..^".tmp".Length];
                if (int.TryParse(middle, NumberStyles.None, CultureInfo.InvariantCulture, out var process) && process != Environment.ProcessId && !Runs(process)
                    && FileKinds.Of(stale, followLinks: false) == FileKind.Regular)
                {
                    File.Delete(stale);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover that cannot be removed stays; the write itself goes on.
        }
    }

    private static bool Runs(int process)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{process.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var running = System.Diagnostics.Process.GetProcessById(process);
            return !running.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
