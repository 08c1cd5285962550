using System.Diagnostics;

namespace NegoSim.Reports.Tests;

/// <summary>What a path names, as the system sees it, and the files negosim writes whole never replacing what is not a regular file.</summary>
public sealed class FileKindsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-filekinds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_pipe_a_device_a_link_a_folder_and_a_file_are_told_apart()
    {
        var file = Path.Combine(_folder, "file.txt");
        File.WriteAllText(file, "x");
        var link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, file);
        var pipe = Posix.MakeFifo(Path.Combine(_folder, "pipe"));

        Assert.Equal(FileKind.Regular, FileKinds.Of(file, followLinks: false));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(link, followLinks: false));
        Assert.Equal(FileKind.Regular, FileKinds.Of(link, followLinks: true));
        Assert.Equal(FileKind.Other, FileKinds.Of(pipe, followLinks: false));
        Assert.Equal(FileKind.Other, FileKinds.Of("/dev/null", followLinks: true));
        Assert.Equal(FileKind.Folder, FileKinds.Of(_folder, followLinks: false));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_folder, "none"), followLinks: false));
    }

    [Fact]
    public void A_whole_file_is_never_moved_over_a_pipe_or_a_link_and_they_stay_as_they_were()
    {
        var pipe = Posix.MakeFifo(Path.Combine(_folder, "report.html"));
        Assert.EndsWith("is not a regular file (a device, pipe or socket); negosim writes only regular files.", Assert.Throws<UnwritablePathException>(() => WholeFile.Write(pipe, "<html>")).Message, StringComparison.Ordinal);
        Assert.Equal(FileKind.Other, FileKinds.Of(pipe, followLinks: false));

        var target = Path.Combine(_folder, "target.html");
        File.WriteAllText(target, "kept");
        var link = Path.Combine(_folder, "link.html");
        File.CreateSymbolicLink(link, target);
        Assert.Throws<UnwritablePathException>(() => WholeFile.Write(link, "<html>"));
        Assert.Equal((FileKind.SymbolicLink, "kept"), (FileKinds.Of(link, followLinks: false), File.ReadAllText(target)));
        Assert.Equal(["link.html", "report.html", "target.html"], Names());
    }

    [Fact]
    public void A_leftover_of_a_process_that_died_is_removed_by_the_next_write_and_a_live_ones_is_kept()
    {
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        var path = Path.Combine(_folder, "out.csv");
        File.WriteAllText($"{path}.{gone.Id}.tmp", "half a merge");
        File.WriteAllText($"{path}.1.tmp", "the init process is alive");

        WholeFile.Write(path, "whole\n");

        Assert.Equal("whole\n", File.ReadAllText(path));
        Assert.Equal(["out.csv", "out.csv.1.tmp"], Names());
    }

    private List<string> Names() => [.. Directory.EnumerateFileSystemEntries(_folder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];
}
