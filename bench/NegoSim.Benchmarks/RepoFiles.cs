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
}
