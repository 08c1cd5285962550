using System.Text.RegularExpressions;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// Hundreds of random command lines — real commands with options drawn from hostile values (wrong kinds, huge,
/// negative, unicode, control characters, paths that are devices, folders or missing) — each answered with exit 0, 1
/// or 2 and at most a few short lines on stderr: never a stack trace, never a .NET exception's or type's name.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class CommandLineFuzzTests : IDisposable
{
    private const int Lines = 2_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-cli-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Random_command_lines_end_in_one_clear_answer()
    {
        var random = new Random(3535);
        string Pick(params string[] from) => from[random.Next(from.Length)];
        string[] files = [Cli.Flagship, "/dev/null", "/dev/zero", _folder, Path.Combine(_folder, "missing.yaml"), "", "-", "\u202Escenario.yaml", new string('x', 5_000)];
        string[] values = ["-1", "0", "1", "2", "abc", "1e308", "NaN", "", " ", "\t", "😀", "\u0001", "1/0", "0/1", "2/1", "999999999999999999999", "csv", "jsonl", "r", "none", new string('9', 400)];
        string[] varies = ["rada_demand=0.4,0.5", "rada_demand=0:0.5:1", "rada_demand", "=", "nosuch=1,2", "rada_demand=0.4,0.4", "rada_demand~uniform(0,1)", "rada_demand~normal(0,-1)", "protocol.deadline~int(4,40)", "rada_demand=" + new string(',', 3_000)];
        var outputs = new[] { Path.Combine(_folder, "out.csv"), Path.Combine(_folder, "out.jsonl"), "/dev/null", _folder, Path.Combine(_folder, "no", "such", "folder.csv") };
        var commands = new (string Name, Func<List<string>> Options)[]
        {
            ("validate", () => []),
            ("analyze", () => random.Next(2) == 0 ? ["--format", Pick("json", "text", "xml", "")] : ["--report", Pick(outputs)]),
            ("evaluate", () => ["--deal", Pick("guarantees=none", "nosuch=1", "", "reimbursement=75", "a=b=c")]),
            ("run", () => [Pick("--seed", "--set", "--format", "--trace", "--report"), Pick(values.Concat(outputs).ToArray())]),
            ("sweep", () => ["--vary", Pick(varies), Pick("--runs", "--seed", "--sample", "--shard", "--format", "--columns", "--engine", "--workers", "--threshold"), Pick(values), "--out", Pick(outputs), "--force"]),
            ("list", () => []),
            ("merge", () => ["--out", Pick(outputs)]),
            ("discover", () => ["--outcome", Pick("ratified", "status", "", "nosuch"), "--method", Pick("prim", "cart", "x")]),
            ("sensitivity", () => ["--method", Pick("sobol", "morris", "x"), "--vary", Pick(varies), "--samples", Pick("-1", "0", "abc", "3", "1e9")]),
            ("tournament", () => ["--agents", Pick("", "boulware,linear", "nosuch", "😀"), "--runs", Pick(values)]),
        };

        var wrong = new List<string>();
        for (var line = 0; line < Lines; line++)
        {
            var (name, options) = commands[random.Next(commands.Length)];
            List<string> args = [name, Pick(files), .. options()];
            var (exit, _, error) = await Cli.Run([.. args]).WaitAsync(TimeSpan.FromMinutes(2));
            var shown = string.Join(' ', args.Select(a => a.Length > 40 ? a[..40] + "…" : a));
            var errorLines = error.TrimEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (exit is not (0 or 1 or 2) || DotNetNames().IsMatch(error) || errorLines.Length > 6 || errorLines.Any(l => l.Length > 2_100))
            {
                wrong.Add($"{shown} → exit {exit}: {(error.Length > 300 ? error[..300] + "…" : error.TrimEnd())}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {Lines} command lines:\n{string.Join('\n', wrong.Distinct().Take(25))}");
    }

    /// <summary>A stack trace's line, or .NET's names for exceptions and types.</summary>
    [GeneratedRegex(@"(^\s+at \S+\(|\w+Exception\b|System\.[A-Z]\w+|Nullable`1)", RegexOptions.Multiline)]
    private static partial Regex DotNetNames();
}
