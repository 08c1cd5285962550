using System.Runtime.CompilerServices;

namespace NegoSim.Tests;

/// <summary>
/// Gives the test process a temporary folder of its own (TMPDIR, which Path.GetTempPath() and the programs the tests
/// start read), and removes it with everything in it when the process exits: no test leaves a file behind, even one
/// that fails half-way or a sweep killed on purpose.
/// </summary>
internal static class PrivateTemp
{
    [ModuleInitializer]
    internal static void Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"negosim-tests-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A child process still holds a file: the folder is in the system's temporary area, which is cleared.
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
    }
}
