using NegoSim.Runner.Commands;

namespace NegoSim.Runner.Tests;

/// <summary>Runs <c>negosim</c> in-process, capturing what it prints, and finds the repository's files.</summary>
internal static class Cli
{
    public static readonly string RepoRoot = FindRepoRoot();

    public static string Flagship => Path.Combine(RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml");

    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await NegoSimCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NegoSim.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NegoSim.sln not found above the test binaries.");
    }
}
