using System.Net;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

public sealed class ClassroomApiTests(Served served) : IClassFixture<Served>
{
    private readonly ClassroomClient _client = new(served);

    [Fact]
    public async Task A_student_alone_at_Kyiv_plays_the_strategy_Washington_to_the_deadline_and_sees_only_Kyivs_utilities()
    {
        var code = await _client.Open(tableSize: 7);
        var kyiv = await _client.Join(code, "Ann", "kyiv");
        Assert.Equal(HttpStatusCode.OK, (await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/start")).Status);

        // Washington (boulware) opens with its best: 500 repaid, the US-controlled fund, no guarantee, every asset, and
        // — among revenue shares it values alike, 0.5 to 1 — the one best for Kyiv, 0.5. To Kyiv that is worth
        // 0.1 × 0.5 (revenue share) + 0.05 × 1 (no specific numbers) = 0.10, and nothing else: no other party's utility.
        var view = await _client.UntilMyTurnOrEnd(kyiv);
        var turn = view.GetProperty("your_turn");
        Assert.Equal(("respond", 1), (turn.GetProperty("kind").GetString(), turn.GetProperty("round").GetInt32()));
        Assert.Equal(500, turn.GetProperty("deal").GetProperty("reimbursement").GetDouble());
        Assert.Equal(0.5, turn.GetProperty("deal").GetProperty("revenue_share").GetDouble());
        Assert.Equal(0.1, turn.GetProperty("worth").GetDouble(), 9);
        Assert.DoesNotContain("washington\":", view.GetProperty("offers").GetRawText(), StringComparison.Ordinal);

        // Kyiv rejects every offer and proposes its own best, worth 0 to Washington: no deal by round 12.
        while (view.GetProperty("phase").GetString() != "ended")
        {
            turn = view.GetProperty("your_turn");
            var round = turn.GetProperty("round").GetInt32();
            var move = turn.GetProperty("kind").GetString() == "respond"
                ? await _client.Send(HttpMethod.Post, $"/api/seats/{kyiv}/reject", new { round })
                : await _client.Send(HttpMethod.Post, $"/api/seats/{kyiv}/propose", new { round, deal = ClassroomClient.KyivsBest });
            Assert.True(move.Status == HttpStatusCode.OK, move.Body.ToString());
            view = await _client.UntilMyTurnOrEnd(kyiv);
        }

        var outcome = view.GetProperty("outcome");
        Assert.Equal("no-agreement", outcome.GetProperty("status").GetString());

        // Washington's strategy rejected Kyiv's offers as below its reservation; Ann sees only that it rejected them.
        var answers = view.GetProperty("offers").EnumerateArray().SelectMany(o => o.GetProperty("answers").EnumerateArray()).Where(a => a.GetProperty("seat").GetString() == "washington").ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal("reject", a.GetProperty("verdict").GetString()));
        Assert.Equal((0.3, 0.4), (outcome.GetProperty("utilities").GetProperty("washington").GetDouble(), outcome.GetProperty("utilities").GetProperty("kyiv").GetDouble()));
        Assert.Equal(12, view.GetProperty("offers").GetArrayLength());

        // The teacher's CSV: a row per offer, Kyiv's (even rounds) played by Ann, Washington's by the strategy; each
        // ends at its reservation (Washington 0.3, Kyiv 0.4), and no faction voted.
        var csv = await served.Teacher.GetStringAsync($"/api/classrooms/{code}/offers.csv");
        var rows = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(13, rows.Length);
        var header = rows[0].Split(',').ToList();
        Assert.All(rows.Skip(1), row =>
        {
            var cells = row.Split(',');
            Assert.Equal(int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture) % 2 == 0 ? ("kyiv", "Ann") : ("washington", "strategy"), (cells[3], cells[4]));
            Assert.Equal("no-agreement", cells[header.IndexOf("table_outcome")]);
            Assert.Equal(("0.3", "0.4"), (cells[header.IndexOf("end_utility_washington")], cells[header.IndexOf("end_utility_kyiv")]));
            Assert.Equal("", cells[header.IndexOf("yes_rada_servant-of-the-people")]);
        });

        // The table's report draws targets only for the strategy's seat: a student follows no concession curve.
        // Washington's strategy had a target in each of the 12 rounds (proposing in the odd, answering in the even).
        var report = await served.Http.GetStringAsync(new Uri($"{served.Address}/seats/{kyiv}/report"));
        const string Open = "<script id=\"negosim-charts\" type=\"application/json\">";
        var start = report.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        var charts = JsonDocument.Parse(report[start..report.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement;
        var targets = charts.GetProperty("offer-dance").GetProperty("spec").GetProperty("layer").EnumerateArray()
            .Single(l => l.GetProperty("name").GetString() == "targets").GetProperty("data").GetProperty("values").EnumerateArray()
            .Select(t => (Party: t.GetProperty("party").GetString(), Round: t.GetProperty("round").GetInt32())).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(r => ("washington", r)), targets.Select(t => (t.Party!, t.Round)).Order());
        Assert.Contains("Students played kyiv", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_or_unknown_requests_get_one_clear_error_and_the_right_status()
    {
        var code = await _client.Open(tableSize: 2);
        await Expect(HttpStatusCode.BadRequest, "name: your name, as the class will see it; it is empty.", HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = "  " });
        await Expect(HttpStatusCode.BadRequest, "name: at most 40 characters; yours has 41.", HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = new string('a', 41) });
        await Expect(HttpStatusCode.BadRequest, "there is no seat 'senate'; the seats are washington, kyiv, rada/servant-of-the-people, rada/european-solidarity, rada/batkivshchyna, rada/platform-for-life-and-peace, rada/independents, rada/holos, rada/dovira, rada/for-the-future, rada/restoration-of-ukraine (or observer, to watch a table).",
            HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = "Ann", seat = "senate" });
        await Expect(HttpStatusCode.NotFound, "no classroom with this code is open.", HttpMethod.Post, "/api/classrooms/NOSUCH/join", new { name = "Ann" });
        await ExpectAsTeacher(HttpStatusCode.BadRequest, "table_size: a whole number from 1 to 11 (the seats of a table); found 12.", HttpMethod.Post, "/api/classrooms", new { table_size = 12 });
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", "{\"name\": ");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("the request's body is not JSON", body.GetProperty("error").GetString(), StringComparison.Ordinal);

        // The code is read aloud and typed on phones: lower case finds the same classroom.
        var ann = await _client.Join(code.ToLowerInvariant(), "Ann", "kyiv");
        await Expect(HttpStatusCode.Conflict, "the table has not started yet.", HttpMethod.Post, $"/api/seats/{ann}/accept", new { round = 1 });
        await Expect(HttpStatusCode.NotFound, "no seat has this token (the teacher may have given this seat a new link, or deleted the session); ask the teacher.", HttpMethod.Post, "/api/seats/not-a-token/accept", new { round = 1 });
        await Expect(HttpStatusCode.Forbidden, "only the teacher starts a table that is not full; the table starts by itself when its last seat is taken.", HttpMethod.Post, $"/api/seats/{ann}/start", new { });

        // The second student fills the table of two, which starts: Washington (Ben) proposes first.
        var ben = await _client.Join(code, "Ben");
        Assert.Equal("washington", (await _client.View(ben)).GetProperty("seat").GetString());
        await _client.UntilMyTurnOrEnd(ben);
        await Expect(HttpStatusCode.Conflict, "it is not your turn: the table waits for washington to propose in round 1.", HttpMethod.Post, $"/api/seats/{ann}/accept", new { round = 1 });
        await Expect(HttpStatusCode.BadRequest, "round: the round you are moving in, a whole number from 1; found \"one\".", HttpMethod.Post, $"/api/seats/{ben}/propose", new { round = "one", deal = ClassroomClient.KyivsBest });
        await Expect(HttpStatusCode.BadRequest, "deal: every term needs a value; missing: scope, fund_governance, specific_numbers.", HttpMethod.Post, $"/api/seats/{ben}/propose",
            new { round = 1, deal = new { guarantees = "none", reimbursement = 500, revenue_share = 1 } });
        await Expect(HttpStatusCode.BadRequest, "deal.reimbursement: 75 is not allowed; allowed: a number from 0 to 500 in steps of 50.", HttpMethod.Post, $"/api/seats/{ben}/draft",
            new { deal = new Dictionary<string, object>(ClassroomClient.KyivsBest) { ["reimbursement"] = 75 } });
        await Expect(HttpStatusCode.Conflict, "round 2 is not the round in play: it is round 1.", HttpMethod.Post, $"/api/seats/{ben}/propose", new { round = 2, deal = ClassroomClient.KyivsBest });
        await Expect(HttpStatusCode.BadRequest, "yes: true to vote your faction's seats for the deal, false against.", HttpMethod.Post, $"/api/seats/{ben}/vote", new { yes = "maybe" });

        // None of it changed the table: it still waits for Washington's first proposal.
        var view = await _client.View(ben);
        Assert.Equal(JsonValueKind.Array, view.GetProperty("offers").ValueKind);
        Assert.Equal(0, view.GetProperty("offers").GetArrayLength());
        Assert.Equal(("propose", 1), (view.GetProperty("your_turn").GetProperty("kind").GetString(), view.GetProperty("your_turn").GetProperty("round").GetInt32()));
    }

    [Fact]
    public async Task A_draft_shows_its_worth_and_whether_the_Rada_would_pass_it()
    {
        var code = await _client.Open(tableSize: 2);
        var kyiv = await _client.Join(code, "Ann", "kyiv");

        // Kyiv's best without numbers needs no vote. With $100bn repaid it does; the Servant of the People (233 seats,
        // reservation 0.45) weighs it 0.4 × 1 + 0.35 × 0.8 + 0.25 × 1 = 0.93: for; so are European Solidarity
        // (0.6 + 0.4 × 0.8 = 0.92 ≥ 0.55), Batkivshchyna (0.4 × 0.8 + 0.3 + 0.3 = 0.92), Holos (0.5 + 0.3 + 0.2 × 0.8 =
        // 0.96), Platform (1), Restoration (0.4 + 0.3 + 0.3 × 0.8 = 0.94), Dovira (0.5 × 0.8 + 0.5 = 0.9), For the Future
        // (0.6 × 0.8 + 0.4 × 0 = 0.48 ≥ 0.4: rare earths lie as far from its oil and gas as the other end) and the independents (0.5 × 0.8 + 0.5 = 0.9): all 401 seats.
        var (_, plain) = await _client.Send(HttpMethod.Post, $"/api/seats/{kyiv}/draft", new { deal = ClassroomClient.KyivsBest });
        Assert.Equal(1.0, plain.GetProperty("worth").GetDouble(), 9);
        Assert.False(plain.GetProperty("ratifiers")[0].GetProperty("required").GetBoolean());
        var (_, repaid) = await _client.Send(HttpMethod.Post, $"/api/seats/{kyiv}/draft", new { deal = new Dictionary<string, object>(ClassroomClient.KyivsBest) { ["reimbursement"] = 100 } });
        Assert.Equal(1.0 - (0.3 * 0.2), repaid.GetProperty("worth").GetDouble(), 9);
        var rada = repaid.GetProperty("ratifiers")[0];
        Assert.Equal((true, 401, 226, true), (rada.GetProperty("required").GetBoolean(), rada.GetProperty("yes").GetInt32(), rada.GetProperty("threshold").GetInt32(), rada.GetProperty("would_pass").GetBoolean()));
    }

    [Fact]
    public async Task A_seats_briefing_shows_its_own_preferences_from_the_scenario_file_and_a_factions_its_parliament()
    {
        var code = await _client.Open(tableSize: 3);
        var kyiv = await _client.Join(code, "Ann", "kyiv");
        var servant = await _client.Join(code, "Ben", "rada/servant-of-the-people");

        // By hand from minerals-deal.yaml: Kyiv weighs guarantees 0.45 (none 0, supports-efforts 0.35,
        // investment-protection 0.6, commitment 1) and reimbursement 0.3 (best at 0, so 250 is worth 0.5); its scope is
        // best at rare earths, counted in positions along the options (1, 0.5, 0), where Washington's is best at the
        // widest (0, 0.5, 1): the values are Kyiv's.
        var (_, briefing) = await _client.Send(HttpMethod.Get, $"/api/seats/{kyiv}/briefing");
        Assert.Equal(("negotiator", "President Zelenskyy and the Cabinet of Ministers", 0.4), (briefing.GetProperty("kind").GetString(), briefing.GetProperty("description").GetString(), briefing.GetProperty("reservation").GetDouble()));
        Assert.StartsWith("You speak for Kyiv.", briefing.GetProperty("briefing").GetString(), StringComparison.Ordinal);
        var terms = briefing.GetProperty("terms").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(0.45, terms["guarantees"].GetProperty("weight").GetDouble());
        Assert.Equal([0, 0.35, 0.6, 1], terms["guarantees"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("worth").GetDouble()));
        Assert.Equal(("USD bn", "past US aid the deal treats as debt to be repaid", 0.3), (terms["reimbursement"].GetProperty("unit").GetString(), terms["reimbursement"].GetProperty("description").GetString(), terms["reimbursement"].GetProperty("weight").GetDouble()));
        Assert.Equal(0.5, terms["reimbursement"].GetProperty("values").EnumerateArray().Single(v => v.GetProperty("label").GetString() == "250").GetProperty("worth").GetDouble());
        Assert.Equal([1, 0.5, 0], terms["scope"].GetProperty("values").EnumerateArray().Select(v => v.GetProperty("worth").GetDouble()));
        Assert.Equal(JsonValueKind.Null, briefing.GetProperty("faction").ValueKind);

        // The Servant of the People: 233 of the Rada's 401 seats, 226 needed, discipline 0.95, reservation 0.45.
        (_, briefing) = await _client.Send(HttpMethod.Get, $"/api/seats/{servant}/briefing");
        var faction = briefing.GetProperty("faction");
        Assert.Equal((233, 401, 226, 0.95), (faction.GetProperty("seats").GetInt32(), faction.GetProperty("of").GetInt32(), faction.GetProperty("threshold").GetInt32(), faction.GetProperty("discipline").GetDouble()));
        Assert.Equal(0.45, briefing.GetProperty("reservation").GetDouble());
        Assert.StartsWith("You vote your faction's seats", briefing.GetProperty("briefing").GetString(), StringComparison.Ordinal);
    }

    private async Task ExpectAsTeacher(HttpStatusCode expected, string error, HttpMethod method, string path, object? body = null)
    {
        var (status, answer) = await _client.AsTeacher(method, path, body);
        Assert.Equal(expected, status);
        Assert.Equal(error, answer.GetProperty("error").GetString());
    }

    private async Task Expect(HttpStatusCode expected, string error, HttpMethod method, string path, object? body = null)
    {
        var (status, answer) = await _client.Send(method, path, body);
        Assert.Equal(expected, status);
        Assert.Equal(error, answer.GetProperty("error").GetString());
    }
}
