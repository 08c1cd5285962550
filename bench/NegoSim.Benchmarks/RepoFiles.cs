namespace NegoSim.Benchmarks;

/// <summary>Finds files of the repository from wherever BenchmarkDotNet runs the benchmarks.</summary>
internal static class RepoFiles
{
    public static string Path(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "NegoSim.sln")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("run the benchmarks from inside the repository"), relative);
    }

    /// <summary>A scenario file of the repository (one that extends no other) as a scenario source.</summary>
    public static NegoSim.Model.Scenarios.ScenarioSource Source(string relative)
    {
        var path = Path(relative);
        return new([new NegoSim.Model.Scenarios.SourceFile(path, relative, File.ReadAllText(path))]);
    }
}
