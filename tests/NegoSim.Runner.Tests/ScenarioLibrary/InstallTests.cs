using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NegoSim.Runner.Tests.ScenarioLibrary;

/// <summary>The README's install lines, run as written (into a private folder instead of the user's tools), give a working negosim.</summary>
public sealed class InstallTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-install-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_readme_install_lines_give_a_negosim_command_that_runs_the_flagship()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));
        var pack = Regex.Match(readme, "^dotnet pack .*$", RegexOptions.Multiline).Value;
        var install = Regex.Match(readme, "^dotnet tool install [^#\n]*", RegexOptions.Multiline).Value.Trim();
        Assert.Equal("dotnet pack src/NegoSim.Runner -c Release -o nupkg", pack);
        Assert.Equal("dotnet tool install --global NegoSim --add-source ./nupkg", install);
        var packages = Path.Combine(_folder, "nupkg");
        var tools = Path.Combine(_folder, "tools");

        // --no-build: the tests run on the build being packed, and other tests start its assemblies meanwhile.
        await Run("dotnet", Cli.RepoRoot, [.. pack.Split(' ').Skip(1).Select(a => a == "nupkg" ? packages : a), "--no-build"]);
        await Run("dotnet", Cli.RepoRoot, [.. install.Split(' ').Skip(1).Select(a => a == "./nupkg" ? packages : a == "--global" ? "--tool-path" : a).SelectMany(a => a == "--tool-path" ? new[] { a, tools } : [a])]);
        var output = await Run(Path.Combine(tools, "negosim"), Cli.RepoRoot, ["run", "scenarios/minerals-2025/minerals-deal.yaml"]);

        Assert.Contains("US–Ukraine minerals deal, February 2025", output);
        Assert.Contains("\nOutcome: ", output);
    }

    private static async Task<string> Run(string program, string folder, string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await error}{await output}");
        return await output;
    }
}
