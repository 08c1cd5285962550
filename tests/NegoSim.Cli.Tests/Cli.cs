using System.Diagnostics;
using NegoSim.Cli.Commands;

namespace NegoSim.Cli.Tests;

/// <summary>Runs <c>negosim</c> in-process, capturing what it prints, and finds the repository's files.</summary>
internal static class Cli
{
    public static readonly string RepoRoot = Repo.Root;

    public static string Flagship => Path.Combine(RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml");

    /// <summary>Reads a scenario file from disk as <c>negosim</c> does.</summary>
    public static NegoSim.Model.Scenarios.CompiledScenario Load(string path) => ScenarioLoading.Load(path);

    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await NegoSimCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs <c>negosim</c> as its own process, as a user would: for what is process-wide, such as tracing, which
    /// in-process would also see the spans of tests running in parallel.
    /// </summary>
    public static async Task<(int Exit, string Out, string Err)> RunProcess(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(NegoSimCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
