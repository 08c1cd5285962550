using NegoSim.Model;

namespace NegoSim.Reports;

/// <summary>Where a command's <c>--report</c> goes.</summary>
public static class ReportFile
{
    /// <summary>
    /// Refuses a --report path that is empty, a folder, a link or a device, in a folder that does not exist, or one of the files the
    /// command reads: checked before any work is done.
    /// </summary>
    public static void Check(string? report, params string?[] inputs)
    {
        if (report is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(report) || report.Contains('\0', StringComparison.Ordinal))
        {
            throw new InputException("--report: give a file name, e.g. --report report.html.");
        }

        if (Directory.Exists(report))
        {
            throw new InputException($"--report {report}: that is a folder; give a file name, e.g. {Path.Combine(report, "report.html")}.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(report));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InputException($"--report {report}: the folder {folder} does not exist.");
        }

        if (FileKinds.RefusalToReplace(Path.GetFullPath(report)) is { } refusal)
        {
            throw new InputException($"--report {report} {refusal}");
        }

        if (inputs.Any(i => !string.IsNullOrWhiteSpace(i) && !i.Contains('\0', StringComparison.Ordinal) && Path.GetFullPath(i) == Path.GetFullPath(report)))
        {
            throw new InputException($"--report {report}: that is a file this command reads or writes; choose another name.");
        }
    }
}
