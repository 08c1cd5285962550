using System.Net;
using System.Text;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

/// <summary>What every answer carries, and the requests a hostile page or a careless script sends.</summary>
public sealed class WebSafetyTests(Served served) : IClassFixture<Served>
{
    private readonly ClassroomClient _client = new(served);

    [Theory]
    [InlineData("/")]
    [InlineData("/teacher")]
    [InlineData("/api/scenario")]
    [InlineData("/api/seats/no-such-token")]
    public async Task Pages_and_answers_cannot_be_framed_by_other_sites_sniffed_or_leak_their_address(string path)
    {
        using var response = await served.Http.GetAsync(path);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_cross_site_form_cannot_join_a_classroom_it_knows_the_code_of()
    {
        var code = await _client.Open(tableSize: 2);

        // What <form enctype="text/plain"> sends: a body that happens to parse as JSON, but not as application/json.
        using var form = new StringContent("{\"name\": \"Mallory\", \"x\": \"=\"}", Encoding.UTF8, "text/plain");
        using var response = await served.Http.PostAsync($"/api/classrooms/{code}/join", form);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("send the request's body as JSON (Content-Type: application/json); found text/plain; charset=utf-8.", Error(await response.Content.ReadAsStringAsync()));
        var (_, view) = await _client.AsTeacher(HttpMethod.Get, $"/api/classrooms/{code}");
        Assert.Equal(0, view.GetProperty("students").GetInt32());
    }

    [Theory]
    [InlineData("GET", "/no/such/page", 404, "there is nothing at /no/such/page.")]
    [InlineData("PUT", "/api/scenario", 405, "PUT is not allowed at /api/scenario.")]
    public async Task The_servers_own_errors_are_one_line_of_JSON(string method, string path, int status, string error)
    {
        using var response = await served.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(error, Error(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_with_its_reason()
    {
        var code = await _client.Open(tableSize: 2);
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", "{\"name\": \"" + new string('a', 70_000) + "\"}");
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "the request's body is too large (at most 64 KB)."), (status, body.GetProperty("error").GetString()));
    }

    [Theory]
    [InlineData("\u200B\u200B", "name: letters, digits, spaces and punctuation only; U+200B is none of them.")]
    [InlineData("Ann\u202Eeb", "name: letters, digits, spaces and punctuation only; U+202E is none of them.")]
    [InlineData("...", "name: it needs at least one letter or digit.")]
    public async Task Names_that_show_blank_or_spoofed_are_refused(string name, string error)
    {
        var code = await _client.Open(tableSize: 2);
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name });
        Assert.Equal((HttpStatusCode.BadRequest, error), (status, body.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_name_with_a_lone_surrogate_gets_a_clear_400_not_a_500()
    {
        var code = await _client.Open(tableSize: 2);
        var (status, body) = await _client.Send(HttpMethod.Post, $"/api/classrooms/{code}/join", "{\"name\": \"\\ud800\"}");
        Assert.Equal((HttpStatusCode.BadRequest, "name: letters, digits, spaces and punctuation only; U+FFFD is none of them."), (status, body.GetProperty("error").GetString()));
    }

    private static string? Error(string json) => JsonDocument.Parse(json).RootElement.GetProperty("error").GetString();
}
