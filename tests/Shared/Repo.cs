namespace NegoSim.Tests;

/// <summary>The repository the tests run from.</summary>
internal static class Repo
{
    /// <summary>The folder holding NegoSim.sln, found above the test binaries.</summary>
    public static readonly string Root = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NegoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NegoSim.sln not found above the test binaries.");
    }
}
