namespace NegoSim.Cli.Tests.Commands;

/// <summary><c>negosim export</c>: a scenario's negotiators as GeniusWeb files, what cannot go said aloud, nothing overwritten unasked.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_flagship_goes_out_as_a_domain_and_two_profiles_and_says_what_it_leaves_out()
    {
        var target = Path.Combine(_folder, "minerals");

        var (exit, output, error) = await Cli.Run("export", Cli.Flagship, target, "--to", "geniusweb");

        Assert.Equal(0, exit);
        Assert.Equal(["domain.json", "kyiv.json", "washington.json"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("wrote", output, StringComparison.Ordinal);
        Assert.Contains("ratifier rada; left out", error, StringComparison.Ordinal);

        // Read back, it is a scenario again.
        var back = Path.Combine(_folder, "back.yaml");
        Assert.Equal(0, (await Cli.Run("import", target, "--out", back)).Exit);
        Assert.Equal(0, (await Cli.Run("validate", back)).Exit);
    }

    [Fact]
    public async Task Files_that_exist_are_kept_unless_forced_and_unknown_formats_are_refused()
    {
        var target = Path.Combine(_folder, "out");
        Assert.Equal(0, (await Cli.Run("export", Cli.Flagship, target, "--to", "geniusweb")).Exit);

        var (again, _, refused) = await Cli.Run("export", Cli.Flagship, target, "--to", "geniusweb");
        var (genius, _, unknown) = await Cli.Run("export", Cli.Flagship, target, "--to", "genius");

        Assert.Equal(2, again);
        Assert.Contains("--force", refused, StringComparison.Ordinal);
        Assert.Equal(2, genius);
        Assert.Contains("allowed: geniusweb", unknown, StringComparison.Ordinal);
    }
}
