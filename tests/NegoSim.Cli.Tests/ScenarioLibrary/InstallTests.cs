using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>The README's install lines, run as written (into a private folder instead of the user's tools), give a working negosim.</summary>
[Trait("Category", "Slow")]
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
        Assert.Equal("dotnet pack src/NegoSim.Cli -c Release -o nupkg", pack);
        Assert.Equal("dotnet tool install --global NegoSim --add-source ./nupkg", install);
        var packages = Path.Combine(_folder, "nupkg");
        var tools = Path.Combine(_folder, "tools");

        // Packed from a copy of the sources, built whole as a user's pack builds them (the tool is compiled ahead of
        // time for this machine, a build of its own): the repository's build stays as the other tests use it.
        var sources = Path.Combine(_folder, "repo");
        CopySources(Cli.RepoRoot, sources);
        await Run("dotnet", sources, [.. pack.Split(' ').Skip(1).Select(a => a == "nupkg" ? packages : a)]);
        await Run("dotnet", Cli.RepoRoot, [.. install.Split(' ').Skip(1).Select(a => a == "./nupkg" ? packages : a == "--global" ? "--tool-path" : a).SelectMany(a => a == "--tool-path" ? new[] { a, tools } : [a])]);
        var output = await Run(Path.Combine(tools, "negosim"), Cli.RepoRoot, ["run", "scenarios/minerals-2025/minerals-deal.yaml"]);

        Assert.Contains("US–Ukraine minerals deal, February 2025", output);
        Assert.Contains("\nOutcome: ", output);
    }

    /// <summary>Copies what a build reads: the sources and the files beside them that set the build, without build output.</summary>
    private static void CopySources(string repo, string to)
    {
        foreach (var file in Directory.EnumerateFiles(repo).Where(f => Path.GetFileName(f) is "global.json" or ".editorconfig" || Path.GetFileName(f).StartsWith("Directory.", StringComparison.Ordinal)))
        {
            Directory.CreateDirectory(to);
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        var src = Path.Combine(repo, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(src, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, "src", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
        // A guard against a hang, not a timing: the pack compiles the runtime and every assembly ahead of time (two or
        // three minutes here, more while other tests run).
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(20));
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await error}{await output}");
        return await output;
    }
}
