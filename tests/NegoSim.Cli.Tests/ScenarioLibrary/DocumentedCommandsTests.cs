using System.Text.RegularExpressions;

namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>
/// Every <c>negosim</c> command in a <c>```sh</c> block of a worksheet or the README runs as written and succeeds.
/// (Long benchmark commands stand in <c>```bash</c> blocks, which are not run here.)
/// </summary>
public sealed partial class DocumentedCommandsTests
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        var documents = Directory.GetFiles(Path.Combine(Cli.RepoRoot, "scenarios", "exercises"), "*.md")
            .Append(Path.Combine(Cli.RepoRoot, "README.md"))
            .Order(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var command in ShellLines(File.ReadAllText(document)).Where(c => c.StartsWith("negosim ", StringComparison.Ordinal)))
            {
                data.Add(Path.GetFileName(document), command);
            }
        }

        return data;
    }

    [Fact]
    public void Every_worksheet_has_commands_to_run()
    {
        var perDocument = Commands().Select(row => (string)row[0]).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());

        foreach (var worksheet in Directory.GetFiles(Path.Combine(Cli.RepoRoot, "scenarios", "exercises"), "*.md").Select(Path.GetFileName))
        {
            Assert.True(perDocument.GetValueOrDefault(worksheet!) >= 3, $"{worksheet} should give at least three commands to run");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Runs_as_written(string document, string command)
    {
        // Files the command writes (--out, --report) go to a folder of the test's own, which is removed with it.
        var written = Path.Combine(Path.GetTempPath(), $"documented-{Guid.NewGuid():N}");
        Directory.CreateDirectory(written);
        var args = Comment().Replace(command, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal) ? Path.Combine(Cli.RepoRoot, a) : a)
            .ToArray();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i - 1] is "--out" or "--report")
            {
                args[i] = Path.Combine(written, args[i]);
            }
        }

        var (exit, output, error) = await Cli.Run(args);

        Assert.True(exit == 0, $"{document}: '{command}' exited {exit}: {error}");
        Assert.NotEqual("", output);
        Directory.Delete(written, recursive: true);
    }

    [Fact]
    public void The_complete_example_of_the_scenario_format_is_a_valid_scenario()
    {
        var doc = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs", "scenario-format.md"));
        var example = Regex.Match(doc, "## A complete small example\n\n```yaml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        var scenario = ScenarioText.Read(example).Scenario;

        Assert.Equal("A used car", scenario.Name);
        Assert.Equal(27, scenario.Space.Count);
    }

    /// <summary>The lines of the ```sh blocks, with backslash continuations joined.</summary>
    private static IEnumerable<string> ShellLines(string markdown)
    {
        foreach (Match block in ShellBlock().Matches(markdown))
        {
            var joined = block.Groups[1].Value.Replace("\\\n", " ", StringComparison.Ordinal);
            foreach (var line in joined.Split('\n'))
            {
                yield return line.Trim();
            }
        }
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();
}
