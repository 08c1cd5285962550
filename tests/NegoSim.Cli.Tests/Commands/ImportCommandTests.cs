namespace NegoSim.Cli.Tests.Commands;

/// <summary><c>negosim import</c>: a research domain becomes a scenario every command takes, and nothing half-written is left.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-import-").FullName;

    private static string Anl(string domain) => Path.Combine(Cli.RepoRoot, "tests", "NegoSim.Interop.Tests", "Data", "anl2023", domain);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_domain_folder_becomes_a_scenario_that_validates_runs_and_analyses()
    {
        var scenario = Path.Combine(_folder, "domain00.yaml");

        var (exit, output, error) = await Cli.Run("import", Anl("domain00"), "--out", scenario);

        Assert.Equal(0, exit);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        Assert.Contains("6,480 possible deals, negotiators profileA, profileB", output, StringComparison.Ordinal);
        Assert.Contains("passed over", error, StringComparison.Ordinal);
        Assert.Contains("specials.json", error, StringComparison.Ordinal);
        foreach (var command in new[] { "validate", "run", "analyze" })
        {
            var (code, text, problem) = await Cli.Run(command, scenario);
            Assert.True(code == 0, $"{command}: {problem}");
            Assert.NotEqual("", text);
        }
    }

    [Fact]
    public async Task An_existing_file_is_kept_unless_forced()
    {
        var scenario = Path.Combine(_folder, "mine.yaml");
        await File.WriteAllTextAsync(scenario, "my own scenario");

        var (exit, _, error) = await Cli.Run("import", Anl("domain00"), "--out", scenario);

        Assert.Equal(2, exit);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("my own scenario", await File.ReadAllTextAsync(scenario));
        Assert.Equal(0, (await Cli.Run("import", Anl("domain00"), "--out", scenario, "--force")).Exit);
    }

    [Fact]
    public async Task A_broken_profile_gets_one_line_with_its_place_and_no_file()
    {
        var domain = Path.Combine(_folder, "d");
        Directory.CreateDirectory(domain);
        File.Copy(Path.Combine(Anl("domain00"), "domain00.json"), Path.Combine(domain, "domain00.json"));
        File.Copy(Path.Combine(Anl("domain00"), "profileA.json"), Path.Combine(domain, "profileA.json"));
        await File.WriteAllTextAsync(Path.Combine(domain, "profileB.json"), "{\"LinearAdditiveUtilitySpace\":\n  {\"issueWeights\": }");
        var scenario = Path.Combine(_folder, "out.yaml");

        var (exit, _, error) = await Cli.Run("import", domain, "--out", scenario);

        Assert.Equal(2, exit);
        Assert.Contains("profileB.json:2:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(scenario));
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
