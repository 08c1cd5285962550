using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace NegoSim.Classroom.Tests;

/// <summary>
/// A class of 400 simulated students at 80 tables of five (Washington, Kyiv and the three largest Rada factions),
/// all at once over HTTP as their browsers would talk, every move stored in the server's SQLite file: every table must
/// finish. How long each kind of move took (median, 95th and 99th percentile) is written to the test output and to
/// bench/README.md; the test asserts completion, not speed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ClassroomLoadTests(Served served, ITestOutputHelper output) : IClassFixture<Served>
{
    private const int Students = 400;
    private const int TableSize = 5;

    private static readonly Dictionary<string, object> WashingtonsDraft = new()
    {
        ["guarantees"] = "supports-efforts", ["reimbursement"] = 100, ["revenue_share"] = 0.5, ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "yes",
    };

    [Fact]
    public async Task Four_hundred_students_at_eighty_tables_all_finish()
    {
        var client = new ClassroomClient(served);
        var code = await client.Open(TableSize);
        var moves = new System.Collections.Concurrent.ConcurrentBag<(string Kind, double Milliseconds)>();
        var tokens = await Task.WhenAll(Enumerable.Range(1, Students).Select(async i =>
        {
            var clock = Stopwatch.StartNew();
            var token = await client.Join(code, $"student {i}");
            moves.Add(("join", clock.Elapsed.TotalMilliseconds));
            return token;
        }));

        var ends = await Task.WhenAll(tokens.Select(token => Task.Run(() => PlayAsync(token, moves))));

        Assert.All(ends, end => Assert.Equal("ended", end.GetProperty("phase").GetString()));
        var (_, view) = await client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}");
        Assert.Equal(Students / TableSize, view.GetProperty("tables").GetArrayLength());
        Assert.All(view.GetProperty("tables").EnumerateArray(), t => Assert.NotEqual(JsonValueKind.Null, t.GetProperty("status").ValueKind));
        Assert.Equal(Students, view.GetProperty("students").GetInt32());

        foreach (var kind in moves.GroupBy(m => m.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sorted = kind.Select(m => m.Milliseconds).Order().ToArray();
            output.WriteLine($"{Students} students, {Students / TableSize} tables: {sorted.Length} {kind.Key} moves: median {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F1} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F1} ms, max {sorted[^1]:F1} ms");
        }
    }

    /// <summary>
    /// One student: reads the seat's event stream, and moves whenever the table waits for it. A negotiator rejects
    /// until a round that depends on its table, then accepts, and proposes a fixed deal; a faction votes by its table.
    /// </summary>
    private async Task<JsonElement> PlayAsync(string token, System.Collections.Concurrent.ConcurrentBag<(string Kind, double Milliseconds)> moves)
    {
        using var stream = await served.Http.GetStreamAsync($"/api/seats/{token}/events");
        using var reader = new StreamReader(stream);
        var done = (Kind: "", Round: -1);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var view = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
            if (view.GetProperty("phase").GetString() == "ended")
            {
                return view;
            }

            if (view.GetProperty("your_turn") is not { ValueKind: JsonValueKind.Object } turn)
            {
                continue;
            }

            var (kind, round, table) = (turn.GetProperty("kind").GetString()!, turn.GetProperty("round").GetInt32(), view.GetProperty("table").GetInt32());
            if (done == (kind, round))
            {
                continue; // a view sent before this student's move reached the table
            }

            done = (kind, round);
            var (path, body) = kind switch
            {
                "propose" => ("propose", (object)new { round, deal = view.GetProperty("seat").GetString() == "washington" ? WashingtonsDraft : ClassroomClient.KyivsBest }),
                "respond" => (round >= 4 + (table % 6) ? "accept" : "reject", new { round }),
                _ => ("vote", new { yes = table % 3 != 0 }),
            };
            var clock = Stopwatch.StartNew();
            using var response = await served.Http.PostAsJsonAsync($"/api/seats/{token}/{path}", body);
            moves.Add((path, clock.Elapsed.TotalMilliseconds));
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        throw new InvalidOperationException("the event stream ended before the table did");
    }
}
