using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

/// <summary>The teacher's side of the API: the password, sessions side by side with their own parameters, and what a voted-down table shows.</summary>
public sealed class TeacherApiTests(Served served) : IClassFixture<Served>
{
    private readonly ClassroomClient _client = new(served);

    [Theory]
    [InlineData("GET", "/api/classrooms")]
    [InlineData("POST", "/api/classrooms")]
    [InlineData("GET", "/api/teacher")]
    [InlineData("GET", "/api/classrooms/ABCDEF")]
    [InlineData("DELETE", "/api/classrooms/ABCDEF")]
    [InlineData("POST", "/api/classrooms/ABCDEF/start")]
    [InlineData("GET", "/api/classrooms/ABCDEF/offers.csv")]
    [InlineData("GET", "/api/classrooms/ABCDEF/events")]
    [InlineData("POST", "/api/classrooms/ABCDEF/tables/1/hand")]
    [InlineData("POST", "/api/classrooms/ABCDEF/tables/1/reissue")]
    [InlineData("POST", "/api/classrooms/ABCDEF/tables/1/move")]
    [InlineData("POST", "/api/classrooms/ABCDEF/tables/1/finish")]
    [InlineData("GET", "/classrooms/ABCDEF/report")]
    public async Task Without_the_teachers_password_every_teacher_route_answers_401(string method, string path)
    {
        foreach (var credentials in new[] { null, "teacher:wrong-password", "no colon", "teacher:" + Served.Password + "x" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (credentials is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
            }

            using var response = await served.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
            Assert.StartsWith("the teacher's password is needed", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_strict_cookie_that_is_the_teacher_and_a_wrong_password_is_refused()
    {
        var (wrong, refused) = await _client.Send(HttpMethod.Post, "/api/teacher/login", new { password = "not it" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.StartsWith("that is not the teacher's password", refused.GetProperty("error").GetString(), StringComparison.Ordinal);

        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var browser = new HttpClient(handler) { BaseAddress = new Uri(served.Address) };
        using var login = await browser.PostAsync("/api/teacher/login", new StringContent(JsonSerializer.Serialize(new { password = Served.Password }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Served.Password, setCookie, StringComparison.Ordinal);

        using var listed = await browser.GetAsync("/api/classrooms");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        using var teacher = await browser.GetAsync("/api/teacher");
        var join = JsonDocument.Parse(await teacher.Content.ReadAsStringAsync()).RootElement.GetProperty("join_address").GetString();
        Assert.Equal(served.Address, join);
    }

    [Fact]
    public async Task Sessions_side_by_side_keep_their_own_parameters_until_deleted()
    {
        var plain = await _client.Open(tableSize: 2);
        var demanding = await _client.Open(tableSize: 3, new { set = new[] { "rada_demand=0.7" }, turn_seconds = 90, vote_seconds = 60 });

        var (_, list) = await _client.AsTeacher(HttpMethod.Get, "/api/classrooms");
        var entries = list.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);
        Assert.Equal(0, entries[plain].GetProperty("sets").GetArrayLength());
        Assert.Equal("rada_demand=0.7", entries[demanding].GetProperty("sets")[0].GetString());
        Assert.Equal(3, entries[demanding].GetProperty("table_size").GetInt32());
        var (_, scenario) = await _client.Send(HttpMethod.Get, $"/api/classrooms/{demanding.ToLowerInvariant()}/scenario");
        Assert.Equal("rada_demand=0.7", scenario.GetProperty("sets")[0].GetString());

        var (status, problem) = await _client.AsTeacher(HttpMethod.Post, "/api/classrooms", new { set = new[] { "rada_demand=7" } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("rada_demand", problem.GetProperty("error").GetString(), StringComparison.Ordinal);
        (status, problem) = await _client.AsTeacher(HttpMethod.Post, "/api/classrooms", new { turn_seconds = -1 });
        Assert.Equal((HttpStatusCode.BadRequest, "turn_seconds: seconds a student has before the computer moves for them, a whole number from 0 (no limit) to 3600; found -1."), (status, problem.GetProperty("error").GetString()));

        var ann = await _client.Join(plain, "Ann");
        Assert.Equal(HttpStatusCode.OK, (await _client.AsTeacher(HttpMethod.Delete, $"/api/classrooms/{plain}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send(HttpMethod.Get, $"/api/seats/{ann}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send(HttpMethod.Post, $"/api/classrooms/{plain}/join", new { name = "Ben" })).Status);
        (_, list) = await _client.AsTeacher(HttpMethod.Get, "/api/classrooms");
        Assert.DoesNotContain(list.EnumerateArray(), e => e.GetProperty("code").GetString() == plain);
        Assert.Contains(list.EnumerateArray(), e => e.GetProperty("code").GetString() == demanding);
    }

    [Fact]
    public async Task A_voted_down_table_shows_every_negotiator_at_its_reservation_and_Kyiv_saw_the_offer_needed_the_Rada()
    {
        var code = await _client.Open(tableSize: 3);
        var washington = await _client.Join(code, "Scott", "washington");
        var kyiv = await _client.Join(code, "Olena", "kyiv");
        var servant = await _client.Join(code, "Ruslan", "rada/servant-of-the-people");

        // Washington proposes $100bn repaid (a deal with numbers: the Rada must vote on it).
        var deal = new Dictionary<string, object>(ClassroomClient.KyivsBest) { ["reimbursement"] = 100 };
        await _client.UntilMyTurnOrEnd(washington);
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Post, $"/api/seats/{washington}/propose", new { round = 1, deal })).Status);

        // Kyiv sees, under the offer in front of it, that the Rada must ratify it.
        var view = await _client.UntilMyTurnOrEnd(kyiv);
        var check = view.GetProperty("your_turn").GetProperty("check").GetProperty("ratifiers")[0];
        Assert.True(check.GetProperty("required").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Post, $"/api/seats/{kyiv}/accept", new { round = 1 })).Status);

        // The Servant of the People's 233 seats vote against: 401 − 233 = 168 < 226, voted down.
        view = await _client.UntilMyTurnOrEnd(servant);
        Assert.Equal(100, view.GetProperty("signed").GetProperty("reimbursement").GetDouble());
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Post, $"/api/seats/{servant}/vote", new { yes = false })).Status);
        view = await _client.UntilMyTurnOrEnd(kyiv);
        var outcome = view.GetProperty("outcome");
        Assert.Equal("not-ratified", outcome.GetProperty("status").GetString());

        // Washington's reservation is 0.3 and Kyiv's 0.4 (the scenario file): where each ends, on every view.
        Assert.Equal((0.3, 0.4), (outcome.GetProperty("utilities").GetProperty("washington").GetDouble(), outcome.GetProperty("utilities").GetProperty("kyiv").GetDouble()));
        var (_, teacherView) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}");
        var table = teacherView.GetProperty("tables")[0];
        Assert.Equal((0.3, 0.4), (table.GetProperty("utilities").GetProperty("washington").GetDouble(), table.GetProperty("utilities").GetProperty("kyiv").GetDouble()));
        var tally = Assert.Single(table.GetProperty("votes").EnumerateArray());
        Assert.Equal((0, 226, false), (tally.GetProperty("factions").GetProperty("servant-of-the-people").GetInt32(), tally.GetProperty("threshold").GetInt32(), tally.GetProperty("passed").GetBoolean()));

        // A faction's page after the end still shows the signed deal, and its worth.
        var faction = await _client.View(servant);
        Assert.Equal(JsonValueKind.Object, faction.GetProperty("signed").ValueKind);
        Assert.Equal(JsonValueKind.Number, faction.GetProperty("signed_worth").ValueKind);

        // The grading export: each student's own moves, made by themselves, with a time.
        var (_, export) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}/export.json");
        var students = export.GetProperty("students").EnumerateArray().ToDictionary(st => st.GetProperty("student").GetString()!, st => st.GetProperty("moves"));
        Assert.Equal(["Olena", "Ruslan", "Scott"], students.Keys.Order(StringComparer.Ordinal));
        var scott = Assert.Single(students["Scott"].EnumerateArray());
        Assert.Equal(("propose", 1, 100.0, false), (scott.GetProperty("kind").GetString(), scott.GetProperty("round").GetInt32(), scott.GetProperty("deal").GetProperty("reimbursement").GetDouble(), scott.GetProperty("by_computer").GetBoolean()));
        Assert.Equal(JsonValueKind.String, scott.GetProperty("at").ValueKind);
        Assert.Equal(["accept"], students["Olena"].EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal(["vote-no"], students["Ruslan"].EnumerateArray().Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal("not-ratified", export.GetProperty("tables")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Students_choose_a_table_and_the_teacher_moves_one_before_the_tables_start()
    {
        // Tables of two: Washington and Kyiv.
        var code = await _client.Open(tableSize: 2);
        async Task<(HttpStatusCode Status, JsonElement Body)> Join(string name, string? seat, int table) =>
            await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name, seat, table });

        // No table yet: table 2 does not exist, table 1 (a new one) does.
        var (status, body) = await Join("Ann", null, 2);
        Assert.Equal((HttpStatusCode.BadRequest, "there is no table 2; tables with a free seat: none open, or a new table 1."), (status, body.GetProperty("error").GetString()));
        (status, body) = await Join("Ann", null, 1);
        Assert.Equal((HttpStatusCode.OK, 1, "washington"), (status, body.GetProperty("table").GetInt32(), body.GetProperty("seat").GetString()));
        (status, body) = await Join("Ben", "kyiv", 2);
        Assert.Equal((HttpStatusCode.OK, 2, "kyiv"), (status, body.GetProperty("table").GetInt32(), body.GetProperty("seat").GetString()));
        var ben = body.GetProperty("token").GetString()!;
        (status, body) = await Join("Cal", "washington", 1);
        Assert.Equal((HttpStatusCode.BadRequest, "the seat washington at table 1 is taken; tables with washington free: 2, or a new table 3."), (status, body.GetProperty("error").GetString()));
        (status, body) = await Join("Cal", null, 0);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("table: a table's number", body.GetProperty("error").GetString(), StringComparison.Ordinal);

        // The teacher moves Ben to table 1: Kyiv is its only free seat; the table is then full and starts. Ben's
        // link still works and now shows table 1; his page's stream of table 2 ends, so that the page reconnects to table 1.
        using var events = new StreamReader(await served.Http.GetStreamAsync(new Uri($"{served.Address}/api/seats/{ben}/events")));
        Assert.StartsWith("data: ", await events.ReadLineAsync(), StringComparison.Ordinal);
        (status, body) = await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/tables/2/move", new { seat = "kyiv", to_table = 1, to_seat = (string?)null });
        Assert.Equal((HttpStatusCode.OK, "Ben", 1, "kyiv"), (status, body.GetProperty("student").GetString(), body.GetProperty("table").GetInt32(), body.GetProperty("seat").GetString()));
        var view = await _client.View(ben);
        Assert.Equal((1, "kyiv", "negotiating"), (view.GetProperty("table").GetInt32(), view.GetProperty("seat").GetString(), view.GetProperty("phase").GetString()));
        // Bounded: a stream that does not end fails the test after two minutes rather than hanging it.
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        Assert.DoesNotContain("\"table\":1", await events.ReadToEndAsync(bound.Token), StringComparison.Ordinal);

        // Table 1 has started: nobody moves from it or joins it; table 2 is empty again and takes Cal at Washington.
        (status, body) = await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/tables/1/move", new { seat = "kyiv", to_table = 2 });
        Assert.Equal((HttpStatusCode.Conflict, "table 1 has started: its students play on (hand a seat to the computer instead)."), (status, body.GetProperty("error").GetString()));
        (status, body) = await Join("Cal", null, 1);
        Assert.Equal((HttpStatusCode.BadRequest, "table 1 has started; tables with a free seat: 2, or a new table 3."), (status, body.GetProperty("error").GetString()));
        (status, body) = await Join("Cal", "washington", 2);
        Assert.Equal((HttpStatusCode.OK, 2), (status, body.GetProperty("table").GetInt32()));
        (status, body) = await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/tables/2/move", new { seat = "washington", to_table = "one" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task An_observer_watches_a_table_without_taking_a_seat_and_sees_no_ones_worth()
    {
        // Tables of two; the third student of a class of three watches.
        var code = await _client.Open(tableSize: 2);
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = "Obi", seat = "observer" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("no table has students yet", body.GetProperty("error").GetString(), StringComparison.Ordinal);

        var ann = await _client.Join(code, "Ann", "washington");
        var obi = await _client.Join(code, "Obi", "observer");
        var view = await _client.View(obi);
        Assert.Equal((1, "observer", "observer", "seating"), (view.GetProperty("table").GetInt32(), view.GetProperty("seat").GetString(), view.GetProperty("kind").GetString(), view.GetProperty("phase").GetString()));

        // The teacher sees who watches which table; the observer is no seated student.
        var (_, classView) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}");
        var watched = Assert.Single(classView.GetProperty("tables").EnumerateArray());
        Assert.Equal(["Obi"], watched.GetProperty("observers").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(1, classView.GetProperty("students").GetInt32());

        // The observer is no seat: the table waits for its second student, then starts.
        var ben = await _client.Join(code, "Ben", "kyiv");
        Assert.Equal((1, "kyiv"), ((await _client.View(ben)).GetProperty("table").GetInt32(), (await _client.View(ben)).GetProperty("seat").GetString()));
        await _client.UntilMyTurnOrEnd(ann);
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Post, $"/api/seats/{ann}/propose", new { round = 1, deal = ClassroomClient.KyivsBest })).Status);

        // It sees the offer, never a worth, and cannot move or weigh a draft.
        view = await _client.View(obi);
        Assert.Equal("negotiating", view.GetProperty("phase").GetString());
        var offer = Assert.Single(view.GetProperty("offers").EnumerateArray());
        Assert.Equal(("washington", JsonValueKind.Null), (offer.GetProperty("proposer").GetString(), offer.GetProperty("worth").ValueKind));
        Assert.Equal(JsonValueKind.Null, view.GetProperty("your_turn").ValueKind);
        (status, body) = await _client.Send(HttpMethod.Post, $"/api/seats/{obi}/accept", new { round = 1 });
        Assert.Equal((HttpStatusCode.Forbidden, "an observer watches the table; it does not move."), (status, body.GetProperty("error").GetString()));
        (status, _) = await _client.Send(HttpMethod.Post, $"/api/seats/{obi}/draft", new { deal = ClassroomClient.KyivsBest });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        var (_, briefing) = await _client.Send(HttpMethod.Get, $"/api/seats/{obi}/briefing");
        Assert.Equal("observer", briefing.GetProperty("kind").GetString());
        Assert.All(briefing.GetProperty("terms").EnumerateArray(), t => Assert.Equal(0, t.GetProperty("values").GetArrayLength()));

        // A table asked for must exist.
        (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = "Oda", seat = "observer", table = 2 });
        Assert.Equal((HttpStatusCode.BadRequest, "there is no table 2; an observer watches one of tables 1 to 1."), (status, body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task The_teacher_ends_a_table_whose_students_are_idle_and_the_computer_plays_it_to_its_end()
    {
        // Two idle students at a table of three (it has not even started: one seat is still empty).
        var code = await _client.Open(tableSize: 3);
        var ann = await _client.Join(code, "Ann", "washington");
        await _client.Join(code, "Ben", "kyiv");
        Assert.Equal("seating", (await _client.View(ann)).GetProperty("phase").GetString());

        var (status, body) = await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/tables/1/finish");
        Assert.Equal(HttpStatusCode.OK, status);
        var view = await _client.UntilEnded(ann);
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("outcome").ValueKind);

        // Every move at the students' seats was the computer's.
        var (_, export) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}/export.json");
        var moves = export.GetProperty("students").EnumerateArray().SelectMany(st => st.GetProperty("moves").EnumerateArray()).ToList();
        Assert.NotEmpty(moves);
        Assert.All(moves, m => Assert.True(m.GetProperty("by_computer").GetBoolean()));

        (status, body) = await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/tables/2/finish");
        Assert.Equal((HttpStatusCode.NotFound, "there is no table 2."), (status, body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_student_who_lost_the_link_gets_the_seat_back_by_name_once_the_teacher_approves()
    {
        var code = await _client.Open(tableSize: 2);
        var old = await _client.Join(code, "Ann", "kyiv");
        var (status, refused) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name = "ann" });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("someone in this classroom is called ann already", refused.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/rejoin", new { name = "Zed" })).Status);

        var (_, asked) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/rejoin", new { name = "ann" });
        var id = asked.GetProperty("request").GetString()!;
        Assert.Equal("waiting", (await _client.Send(HttpMethod.Get, $"/api/classrooms/{code}/rejoin/{id}")).Body.GetProperty("status").GetString());
        var (_, view) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}");
        var request = Assert.Single(view.GetProperty("requests").EnumerateArray());
        Assert.Equal(("Ann", 1, "kyiv"), (request.GetProperty("student").GetString(), request.GetProperty("table").GetInt32(), request.GetProperty("seat").GetString()));

        // Only the teacher answers; then the student's page finds the new link, and the old one is gone.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/rejoin/{id}/answer", new { approve = true })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/rejoin/{id}/answer", new { approve = true })).Status);
        var (_, approved) = await _client.Send(HttpMethod.Get, $"/api/classrooms/{code}/rejoin/{id}");
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var token = approved.GetProperty("play").GetString()!["/play?seat=".Length..];
        Assert.Equal(("Ann", "kyiv"), ((await _client.View(token)).GetProperty("student").GetString(), (await _client.View(token)).GetProperty("seat").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.Send(HttpMethod.Get, $"/api/seats/{old}")).Status);
        Assert.Equal(0, (await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}")).Body.GetProperty("requests").GetArrayLength());

        // A refused request says so, and the seat stays with its link.
        var (_, again) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/rejoin", new { name = "Ann" });
        var second = again.GetProperty("request").GetString()!;
        await _client.AsTeacher(HttpMethod.Post, $"/api/classrooms/{code}/rejoin/{second}/answer", new { approve = false });
        Assert.Equal("refused", (await _client.Send(HttpMethod.Get, $"/api/classrooms/{code}/rejoin/{second}")).Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Get, $"/api/seats/{token}")).Status);
    }

    [Fact]
    public async Task A_second_window_on_one_seat_is_told_the_seat_already_moved()
    {
        var code = await _client.Open(tableSize: 1);
        var washington = await _client.Join(code, "Scott");
        await _client.UntilMyTurnOrEnd(washington);
        Assert.Equal(HttpStatusCode.OK, (await _client.Send(HttpMethod.Post, $"/api/seats/{washington}/propose", new { round = 1, deal = ClassroomClient.KyivsBest })).Status);
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/seats/{washington}/propose", new { round = 1, deal = ClassroomClient.KyivsBest });
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("your seat has already proposed in round 1 (from another window or tab?); the page now shows the table as it is.", body.GetProperty("error").GetString());
    }
}
