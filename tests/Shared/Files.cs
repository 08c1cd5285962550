using NegoSim.Model.Scenarios;

namespace NegoSim.Tests;

/// <summary>The repository's scenario files, and scenarios made in code given a source of their own.</summary>
internal static class Files
{
    public static readonly string RepoRoot = Repo.Root;

    /// <summary>The flagship scenario.</summary>
    public static string Flagship => Path.Combine(RepoRoot, "scenarios", "minerals-2025", "minerals-deal.yaml");

    public static IEnumerable<string> ShippedScenarios() =>
        Directory.EnumerateFiles(Path.Combine(RepoRoot, "scenarios"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The text of a scenario file and the files it extends, as the runner reads them.</summary>
    public static ScenarioSource Source(string path, params string[] sets)
    {
        static SourceFile? Open(string full) => File.Exists(full) ? new SourceFile(full, full, File.ReadAllText(full)) : null;
        return new ScenarioSource(ScenarioReader.Files(Open(Path.GetFullPath(path))!, (full, _) => Open(full)), [.. sets]);
    }

    /// <summary>A compiled scenario for one made in code: its source is a name only, unique to it.</summary>
    public static CompiledScenario Compiled(NegoSim.Model.Scenarios.Scenario scenario, string name) =>
        new(new ScenarioSource([new SourceFile($"/made-in-code/{name}", name, $"# {Guid.NewGuid():N}")]), scenario, []);
}
