using System.Diagnostics;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>
/// A sweep that finds the disk full before its first row leaves nothing behind, so the same command simply runs
/// again once there is room. The full disk is real: a 64 KB tmpfs mounted for the test (the tests run as root, as
/// .ci/run does), filled to the last byte.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _mount = Directory.CreateTempSubdirectory("negosim-full-").FullName;
    private readonly bool _mounted;

    public FullDiskTests()
    {
        Assert.Equal(0, Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _mount));
        _mounted = true;
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
    }

    [Fact]
    public async Task A_sweep_on_a_full_disk_leaves_no_file_and_the_same_command_then_runs()
    {
        var filler = Path.Combine(_mount, "filler");
        Fill(filler);
        var out_ = Path.Combine(_mount, "out.csv");
        string[] command = ["sweep", Cli.Flagship, "--vary", "rada_demand=0.4,0.5", "--runs", "3", "--out", out_];

        var (exit, _, error) = await Cli.Run(command);
        Assert.Equal(1, exit);
        Assert.StartsWith("negosim: No space left on device", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(["filler"], Directory.EnumerateFileSystemEntries(_mount).Select(Path.GetFileName));

        File.Delete(filler);
        (exit, _, error) = await Cli.Run(command);
        Assert.True(exit == 0, error);
        Assert.Equal(1 + 6, File.ReadAllLines(out_).Length);
    }

    private static void Fill(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
        var block = new byte[512];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // Full.
        }
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
