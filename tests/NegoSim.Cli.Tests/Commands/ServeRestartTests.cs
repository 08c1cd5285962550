using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NegoSim.Cli.Tests.Commands;

/// <summary>
/// A classroom survives its server being killed mid-round (SIGKILL: no shutdown at all) and started again on the same
/// folder: the session, the seats' links and every move are back, and the table goes on where it was.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ServeRestartTests
{
    private static readonly Dictionary<string, object> Draft = new()
    {
        ["guarantees"] = "supports-efforts", ["reimbursement"] = 100, ["revenue_share"] = 0.5, ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "yes",
    };

    [Fact]
    public async Task Killed_with_SIGKILL_mid_round_and_restarted_the_classroom_has_every_table_seat_and_move()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"negosim-restart-{Guid.NewGuid():N}");
        try
        {
            string code, washington, kyiv;
            int port;
            await using (var first = await ServedProcess.StartAsync(folder, ServedProcess.Password))
            {
                port = first.Port;
                using var teacher = first.Teacher();
                code = (await Json(await teacher.PostAsJsonAsync("/api/classrooms", new { table_size = 2, set = new[] { "rada_demand=0.5" } }))).GetProperty("code").GetString()!;
                washington = await Join(teacher, code, "Scott", "washington");
                kyiv = await Join(teacher, code, "Olena", "kyiv");

                // Washington proposes; the table now waits for Kyiv's answer. Then the server dies.
                await Until(teacher, washington, v => v.GetProperty("your_turn").ValueKind == JsonValueKind.Object);
                using var proposed = await teacher.PostAsJsonAsync($"/api/seats/{washington}/propose", new { round = 1, deal = Draft });
                Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
                await Until(teacher, kyiv, v => v.GetProperty("your_turn").ValueKind == JsonValueKind.Object);
                await first.KillAsync();
            }

            await using var second = await ServedProcess.StartAsync(folder, ServedProcess.Password, port);
            using var again = second.Teacher();

            // The session is listed with its own parameter; Kyiv's link still names its seat, and the offer waits for it.
            var list = await Json(await again.GetAsync("/api/classrooms"));
            var entry = list.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);
            Assert.Equal("rada_demand=0.5", entry.GetProperty("sets")[0].GetString());
            var view = await Until(again, kyiv, v => v.GetProperty("your_turn").ValueKind == JsonValueKind.Object);
            Assert.Equal(("respond", 1), (view.GetProperty("your_turn").GetProperty("kind").GetString(), view.GetProperty("your_turn").GetProperty("round").GetInt32()));
            Assert.Equal(100, view.GetProperty("your_turn").GetProperty("deal").GetProperty("reimbursement").GetDouble());
            Assert.Single(view.GetProperty("offers").EnumerateArray());

            // Kyiv accepts; the modelled Rada (the Servant of the People now asks 0.5) votes, and the table ends.
            using var accepted = await again.PostAsJsonAsync($"/api/seats/{kyiv}/accept", new { round = 1 });
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
            var ended = await Until(again, washington, v => v.GetProperty("phase").GetString() == "ended");
            Assert.Equal(1, ended.GetProperty("outcome").GetProperty("round").GetInt32());
            Assert.Contains(ended.GetProperty("outcome").GetProperty("status").GetString(), new[] { "ratified", "not-ratified" });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Students_pages_reconnect_by_themselves_after_the_server_is_killed_and_started_again()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"negosim-restart-{Guid.NewGuid():N}");
        using var washington = new StudentBrowser();
        using var kyiv = new StudentBrowser();
        try
        {
            var first = await ServedProcess.StartAsync(folder, ServedProcess.Password);
            var port = first.Port;
            var address = $"http://127.0.0.1:{port}";
            try
            {
                using var teacher = first.Teacher();
                var code = (await Json(await teacher.PostAsJsonAsync("/api/classrooms", new { table_size = 2 }))).GetProperty("code").GetString()!;
                foreach (var (browser, name, seat) in new[] { (washington, "Scott", "washington"), (kyiv, "Olena", "kyiv") })
                {
                    browser.Open($"{address}/?code={code}");
                    browser.WaitForText("scenario", "minerals");
                    browser.Type("name", name);
                    browser.Choose(browser.Find("seat"), seat);
                    browser.Find("join").Click();
                    browser.WaitForText("who", $"{name}: {seat}");
                }

                washington.WaitUntilEnabled("propose");
                foreach (var (term, value) in new Dictionary<string, string> { ["reimbursement"] = "100", ["specific_numbers"] = "yes" })
                {
                    washington.Choose(washington.Find("term-" + term), value);
                }

                washington.Find("propose").Click();
                kyiv.WaitUntilEnabled("accept");
                await first.KillAsync();
            }
            finally
            {
                await first.DisposeAsync();
            }

            // The pages notice, and come back by themselves once the server is up again on the same port and folder.
            kyiv.WaitForText("where", "Reconnecting");
            await using var second = await ServedProcess.StartAsync(folder, ServedProcess.Password, port);
            kyiv.WaitForText("where", "Round 1 of 12");
            kyiv.WaitUntilEnabled("accept");
            Assert.Contains("reimbursement=100", kyiv.Find("offer-deal").Text, StringComparison.Ordinal);
            kyiv.Find("accept").Click();
            foreach (var browser in new[] { washington, kyiv })
            {
                browser.WaitForText("headline", "Outcome: ");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> Join(HttpClient http, string code, string name, string seat) =>
        (await Json(await http.PostAsJsonAsync($"/api/classrooms/{code}/join", new { name, seat }))).GetProperty("token").GetString()!;

    /// <summary>The seat's view once it shows what is expected, read from its event stream as a browser does.</summary>
    private static async Task<JsonElement> Until(HttpClient http, string token, Func<JsonElement, bool> shows)
    {
        await foreach (var view in SeatEvents.Read(http, token, TimeSpan.FromMinutes(2)))
        {
            if (shows(view))
            {
                return view;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, text);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }
}
