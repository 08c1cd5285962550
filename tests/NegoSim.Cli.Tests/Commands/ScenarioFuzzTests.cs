using System.Diagnostics;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// Thousands of random mutations of the shipped scenarios go through <c>negosim validate</c>, and a sample of those
/// that validate through <c>negosim run</c>, each command in its own process with the .NET heap capped at 1 GB: every
/// answer is exit code 0 or 2, at most one message line per file, never a stack trace, within bounded time.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ScenarioFuzzTests : IDisposable
{
    private const int Mutants = 3000;
    private const int Runs = 12;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private static readonly string[] HostileNumbers = ["-1", "0", "1e308", "-1e308", "1e-12", "NaN", ".inf", "-.nan", "99999999999", "2147483648", "-0", "1e-300", "0x10", "1_000"];

    private static readonly string[] HostileText =
    [
        "[", "]", "{", "}", "? [a, b]: 1", "&a", "*a", "!!binary AAAA", "<<: *x", "\t", "\0", "ű€😀", "\"", "'", "|", ">", "- ", ": ", "#", "%YAML 1.1", "---", "...",
        "extends: /dev/zero", "extends: /dev/urandom", "extends: .", "extends: mutant.yaml", "$nothing", "$", "step: 0", "range: [1, 0]",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-fuzz-").FullName;

    public ScenarioFuzzTests()
    {
        // The shipped tree, copied, so that a mutant's relative extends: finds its base beside it.
        var shipped = Path.Combine(Cli.RepoRoot, "scenarios");
        foreach (var file in Directory.GetFiles(shipped, "*.yaml", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_folder, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Random_mutations_of_the_shipped_scenarios_get_exit_0_or_2_and_one_clean_line_each()
    {
        var random = new Random(20251123);
        var originals = Directory.GetFiles(_folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var mutants = new List<string>(Mutants + 2);
        for (var i = 0; i < Mutants; i++)
        {
            var original = originals[random.Next(originals.Length)];
            var mutant = Path.Combine(Path.GetDirectoryName(original)!, $"mutant-{i}.yaml");
            File.WriteAllText(mutant, Mutate(File.ReadAllText(original), random));
            mutants.Add(mutant);
        }

        // Two classics: a billion laughs of aliases, and a nesting far deeper than any scenario.
        mutants.Add(Write("laughs.yaml", "name: x\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n" + string.Concat(Enumerable.Range(0, 9).Select(k => $"{(char)('b' + k)}: &{(char)('b' + k)} [*{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}, *{(char)('a' + k)}]\n"))));
        mutants.Add(Write("deep.yaml", "name: " + new string('[', 100_000) + new string(']', 100_000) + "\n"));

        var (exit, output, error) = await Negosim(["validate", .. mutants]);

        Assert.True(exit is 0 or 2, $"validate exited {exit}: {Head(error)}");
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var valid = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("ok  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(mutants.Count, errors.Length + valid.Count);
        Assert.All(errors, line =>
        {
            Assert.True(mutants.Any(m => line.StartsWith(m, StringComparison.Ordinal)) || line.StartsWith(_folder, StringComparison.Ordinal) || line.StartsWith("/dev/", StringComparison.Ordinal), $"a message that names no file: {line}");
            Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        });
        Assert.InRange(errors.Length, Mutants / 4, mutants.Count);

        // A sample of the mutants that validate are played, each in its own process.
        var playable = valid.Select(l => l[4..l.IndexOf(": ", 4, StringComparison.Ordinal)]).Where(p => p.Contains("mutant-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(playable);
        foreach (var file in playable.OrderBy(_ => random.Next()).Take(Runs))
        {
            var (runExit, runOutput, runError) = await Negosim(["run", file]);
            Assert.True(runExit is 0 or 2, $"run {file} exited {runExit}: {Head(runError)}");
            Assert.True(runError.Trim().Split('\n').Length <= 1, $"run {file} wrote more than one line of error: {Head(runError)}");
            Assert.DoesNotContain("   at ", runError, StringComparison.Ordinal);
            Assert.True(runExit == 2 || runOutput.Contains("Outcome: ", StringComparison.Ordinal), $"run {file} printed no outcome");
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Head(string text) => text.Length <= 2000 ? text : text[..2000];

    /// <summary>One to three random edits: lines dropped, doubled, swapped, cut, re-indented; numbers and words replaced by hostile ones.</summary>
    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        for (var edits = random.Next(1, 4); edits > 0 && lines.Count > 1; edits--)
        {
            var i = random.Next(lines.Count);
            var line = lines[i];
            switch (random.Next(9))
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, line);
                    break;
                case 2:
                    (lines[i], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], line);
                    break;
                case 3:
                    lines[i] = System.Text.RegularExpressions.Regex.Replace(line, @"-?\d+(\.\d+)?", HostileNumbers[random.Next(HostileNumbers.Length)]);
                    break;
                case 4:
                    lines[i] = random.Next(2) == 0 || !line.StartsWith("  ", StringComparison.Ordinal) ? " " + line : line[2..];
                    break;
                case 5:
                    var at = random.Next(line.Length + 1);
                    lines[i] = line[..at] + HostileText[random.Next(HostileText.Length)] + line[at..];
                    break;
                case 6:
                    var words = System.Text.RegularExpressions.Regex.Matches(line, "[a-z_-]{3,}");
                    if (words.Count > 0)
                    {
                        var word = words[random.Next(words.Count)];
                        var chars = word.Value.ToCharArray();
                        var k = random.Next(chars.Length - 1);
                        (chars[k], chars[k + 1]) = (chars[k + 1], chars[k]);
                        lines[i] = line[..word.Index] + new string(chars) + line[(word.Index + word.Length)..];
                    }

                    break;
                case 7:
                    var joined = string.Join('\n', lines);
                    return joined[..random.Next(joined.Length)];
                default:
                    lines[i] = line.Replace(": ", ": [[[[" + new string('[', random.Next(100)), StringComparison.Ordinal);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>negosim in its own process, its .NET heap capped at 1 GB, given <see cref="Bound"/> to answer.</summary>
    private static async Task<(int Exit, string Out, string Err)> Negosim(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(NegoSim.Cli.Commands.NegoSimCli).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Bound);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"negosim {string.Join(' ', args.Take(2))} … did not answer within {Bound}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
