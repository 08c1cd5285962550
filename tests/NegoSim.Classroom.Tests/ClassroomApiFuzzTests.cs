using System.Net;
using System.Text;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

/// <summary>
/// Thousands of random requests at the classroom's API — every route, with real and made-up codes and tokens, as the
/// teacher and not, with random methods, content types and bodies (broken JSON, wrong kinds, huge and hostile text) —
/// each answered with a status the API documents and, for an error, one line of JSON; never a 500, never a hang; and
/// the server still plays a table afterwards.
/// </summary>
public sealed class ClassroomApiFuzzTests(Served served) : IClassFixture<Served>
{
    private const int Requests = 2_000;

    private static readonly HashSet<HttpStatusCode> Documented =
    [
        HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
        HttpStatusCode.MethodNotAllowed, HttpStatusCode.Conflict, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType,
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    private static readonly string[] Hostile =
    [
        "", " ", "\u202E", "\u200B", "\uFFFD", "😀", "<script>alert(1)</script>", "'; DROP TABLE grain_state; --", "../../etc/passwd", "%00", "\\ud800", "null", "-1", "1e308",
        "NaN", new string('a', 5_000), "kyiv", "rada/servant-of-the-people", "washington", "{}", "[]",
    ];

    [Fact]
    public async Task Random_requests_get_documented_statuses_and_one_line_errors_and_the_server_still_plays()
    {
        var client = new ClassroomClient(served);
        var code = await client.Open(tableSize: 2);
        var token = await client.Join(code, "Fuzzy");
        var random = new Random(35);
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Segment() => random.Next(4) switch
        {
            0 => code,
            1 => token,
            2 => Uri.EscapeDataString(Pick(Hostile)),
            _ => "ABCDEF",
        };
        string[] routes =
        [
            "/api/scenario", "/api/teacher", "/api/teacher/status", "/api/teacher/login", "/api/teacher/logout", "/api/classrooms", "/api/classrooms/{c}", "/api/classrooms/{c}/join",
            "/api/classrooms/{c}/start", "/api/classrooms/{c}/offers.csv", "/api/classrooms/{c}/export.json", "/api/classrooms/{c}/qr.svg", "/api/classrooms/{c}/scenario",
            "/api/classrooms/{c}/tables/{n}/hand", "/api/classrooms/{c}/tables/{n}/reissue", "/api/classrooms/{c}/rejoin", "/api/classrooms/{c}/rejoin/{t}",
            "/api/classrooms/{c}/rejoin/{t}/answer", "/api/seats/{t}", "/api/seats/{t}/briefing", "/api/seats/{t}/scenario", "/api/seats/{t}/draft", "/api/seats/{t}/propose",
            "/api/seats/{t}/accept", "/api/seats/{t}/reject", "/api/seats/{t}/vote", "/api/seats/{t}/start", "/seats/{t}/report", "/classrooms/{c}/report",
            "/classrooms/{c}/tables/{n}/report", "/", "/play", "/teacher", "/assets/{t}", "/no/such/route",
        ];

        for (var i = 0; i < Requests; i++)
        {
            var path = Pick(routes).Replace("{c}", Segment(), StringComparison.Ordinal).Replace("{t}", Segment(), StringComparison.Ordinal)
                .Replace("{n}", random.Next(3) == 0 ? Uri.EscapeDataString(Pick(Hostile)) : random.Next(-1, 4).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(Pick(Methods)), path);

            // A connection of its own: after a body it does not read (too large, or to a route that takes none) a
            // server may close the connection, as HTTP allows, and the next request must not be sent on it.
            request.Headers.ConnectionClose = true;
            if (random.Next(3) == 0)
            {
                request.Headers.TryAddWithoutValidation("Authorization", random.Next(4) switch
                {
                    0 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("t:" + Served.Password)),
                    1 => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Pick(Hostile))),
                    2 => "Basic !!not base64!!",
                    _ => "Bearer " + random.Next(),
                });
            }

            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && random.Next(5) > 0)
            {
                request.Content = new StringContent(Body(random), Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(random.Next(4) switch { 0 => "text/plain", 1 => "application/x-www-form-urlencoded", _ => "application/json" });
            }

            // An event stream that opens runs until closed: its headers are the answer.
            var sent = $"{request.Method} {path} ({request.Content?.Headers.ContentLength} bytes of {request.Content?.Headers.ContentType})";
            HttpResponseMessage answered;
            try
            {
                answered = await served.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            }
            catch (HttpRequestException e)
            {
                throw new Xunit.Sdk.XunitException($"{sent}: {e.Message} {e.InnerException?.Message}");
            }

            using var response = answered;
            Assert.True(Documented.Contains(response.StatusCode), $"{request.Method} {path}: {(int)response.StatusCode}");
            if (!response.IsSuccessStatusCode && request.Method != HttpMethod.Head)
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain('\n', text.TrimEnd());
                var error = JsonDocument.Parse(text).RootElement.GetProperty("error").GetString();
                Assert.False(string.IsNullOrWhiteSpace(error), $"{request.Method} {path}: an empty error");
            }
        }

        // The server still plays (the fuzz may have deleted the first session, as the teacher may): a new table of two
        // fills, and its Washington can propose.
        var again = await client.Open(tableSize: 2);
        var washington = await client.Join(again, "First");
        await client.Join(again, "Second");
        var view = await client.UntilMyTurnOrEnd(washington);
        Assert.Equal("propose", view.GetProperty("your_turn").GetProperty("kind").GetString());
    }

    private static string Body(Random random) => random.Next(9) switch
    {
        0 => "{\"name\": ",
        1 => "[1, 2, 3]",
        2 => "\"just a string\"",
        3 => "{\"name\": \"\\ud800\", \"seat\": 7, \"round\": \"one\"}",
        4 => "{\"deal\": {\"guarantees\": [], \"reimbursement\": 1e308}, \"round\": 1.5, \"yes\": \"maybe\"}",
        5 => "{\"table_size\": -3, \"set\": [\"rada_demand=7\", 5], \"turn_seconds\": 1e9}",
        6 => "{\"password\": \"" + new string('p', random.Next(1, 70_000)) + "\"}",
        7 => JsonSerializer.Serialize(new { name = "N" + random.Next(1000), seat = random.Next(2) == 0 ? "kyiv" : "nowhere", approve = random.Next(2) == 0, computer = true }),
        _ => new string('{', random.Next(1, 2_000)),
    };
}
