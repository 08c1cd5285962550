namespace NegoSim.Cli.Tests.Commands;

/// <summary><c>negosim tournament</c>: ranks agents, writes and resumes its rows, and refuses what it cannot play.</summary>
public sealed class TournamentCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-tournament-").FullName;

    private static string Anac => Path.Combine(Cli.RepoRoot, "scenarios", "anac", "anl2023-domain44.yaml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task It_ranks_the_agents_and_an_interrupted_file_resumes_to_the_whole_one()
    {
        var whole = Path.Combine(_folder, "whole.csv");
        var cut = Path.Combine(_folder, "cut.csv");
        string[] agents = ["--agent", "boulware", "--agent", "conceder", "--agent", "learner=strategy=boulware;opponent-model=frequency"];

        var (exit, output, _) = await Cli.Run(["tournament", Anac, .. agents, "--runs", "2", "--out", whole]);
        Assert.Equal(0, exit);
        Assert.Contains("18 negotiations: 3 agents", output, StringComparison.Ordinal);
        Assert.Contains("rank  agent", output, StringComparison.Ordinal);

        // An interruption: the header, seven rows and half of the eighth.
        var lines = await File.ReadAllLinesAsync(whole);
        await File.WriteAllTextAsync(cut, string.Join('\n', lines.Take(8)) + "\n" + lines[8][..10]);
        var (resumed, _, said) = await Cli.Run(["tournament", Anac, .. agents, "--runs", "2", "--out", cut, "--resume"]);

        Assert.Equal(0, resumed);
        Assert.Contains("7 from the earlier run", said, StringComparison.Ordinal);
        Assert.Equal(lines, await File.ReadAllLinesAsync(cut));
    }

    [Fact]
    public async Task Its_report_page_holds_the_ranking_and_the_matrix()
    {
        var page = Path.Combine(_folder, "t.html");

        var (exit, output, _) = await Cli.Run("tournament", Anac, "--agent", "boulware", "--agent", "conceder", "--report", page);

        Assert.Equal(0, exit);
        var html = await File.ReadAllTextAsync(page);
        Assert.Contains("id=\"ranking-table\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"matrix-table\"", html, StringComparison.Ordinal);

        // The page ranks as the summary does: the summary's first agent heads the table.
        var first = output.Split('\n').First(l => l.TrimStart().StartsWith("1  ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var table = html[html.IndexOf("id=\"ranking-table\"", StringComparison.Ordinal)..];
        Assert.Contains($"<td>{first}</td>", table[..table.IndexOf("</tr>", table.IndexOf("<tbody>", StringComparison.Ordinal), StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tournament_is_not_resumed_into_a_file_and_bad_agents_are_refused()
    {
        var rows = Path.Combine(_folder, "rows.csv");
        Assert.Equal(0, (await Cli.Run("tournament", Anac, "--agent", "boulware", "--agent", "linear", "--out", rows)).Exit);

        var (other, _, refused) = await Cli.Run("tournament", Anac, "--agent", "conceder", "--agent", "linear", "--out", rows, "--resume");
        var (bad, _, unknown) = await Cli.Run("tournament", Anac, "--agent", "genius");
        var (exists, _, kept) = await Cli.Run("tournament", Anac, "--out", rows);

        Assert.Equal(2, other);
        Assert.Contains("not this tournament's", refused, StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.Contains("not a preset", unknown, StringComparison.Ordinal);
        Assert.Equal(2, exists);
        Assert.Contains("--resume", kept, StringComparison.Ordinal);
    }
}
