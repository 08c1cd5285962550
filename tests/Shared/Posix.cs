using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NegoSim.Tests;

/// <summary>What the tests ask of the operating system directly: a signal sent to a process, a named pipe made.</summary>
internal static class Posix
{
    public const int Terminate = 15;

    public const int KillNow = 9;

    /// <summary>kill(2): sends <paramref name="signal"/> to process <paramref name="pid"/>; 0 when it was sent.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static extern int Signal(int pid, int signal);

    /// <summary>Makes a named pipe (a FIFO) at <paramref name="path"/> with mkfifo(1) and returns the path.</summary>
    public static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path} failed ({mkfifo.ExitCode}).");
        }

        return path;
    }
}
