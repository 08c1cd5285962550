using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

/// <summary>What a browser sends to <c>negosim serve</c>, as plain HTTP: the tests' students (<paramref name="http"/>) and teacher (<paramref name="teacher"/>).</summary>
internal sealed class ClassroomClient(HttpClient http, HttpClient teacher)
{
    public ClassroomClient(Served served)
        : this(served.Http, served.Teacher)
    {
    }

    /// <summary>Kyiv's best deal; worth 0 to Washington, below its reservation 0.3, so Washington never accepts it.</summary>
    public static readonly Dictionary<string, object> KyivsBest = new()
    {
        ["guarantees"] = "commitment", ["reimbursement"] = 0, ["revenue_share"] = 0, ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "no",
    };

    public Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpMethod method, string path, object? body = null) => SendWith(http, method, path, body);

    public Task<(HttpStatusCode Status, JsonElement Body)> AsTeacher(HttpMethod method, string path, object? body = null) => SendWith(teacher, method, path, body);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendWith(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Opens a session as the teacher; <paramref name="more"/> adds to the request (timers, <c>set</c>).</summary>
    public async Task<string> Open(int tableSize, object? more = null)
    {
        var request = new Dictionary<string, object> { ["table_size"] = tableSize };
        if (more is not null)
        {
            foreach (var property in more.GetType().GetProperties())
            {
                request[property.Name] = property.GetValue(more)!;
            }
        }

        var (status, body) = await AsTeacher(HttpMethod.Post, "/api/classrooms", request);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("code").GetString()!;
    }

    public async Task<string> Join(string code, string name, string? seat = null)
    {
        var (status, body) = await Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name, seat });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> View(string token) => (await Send(HttpMethod.Get, $"/api/seats/{token}")).Body;

    /// <summary>The seat's view once the table waits for this seat (or has ended), read from its event stream as a browser does.</summary>
    /// <summary>The seat's view once its table has ended, read from its event stream (a table that never ends fails the test after two minutes rather than hanging it).</summary>
    public async Task<JsonElement> UntilEnded(string token)
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var stream = await http.GetStreamAsync($"/api/seats/{token}/events", bound.Token);
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync(bound.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal) && JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone() is var view && view.GetProperty("phase").GetString() == "ended")
            {
                return view;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }

    public async Task<JsonElement> UntilMyTurnOrEnd(string token)
    {
        await foreach (var view in SeatEvents.Read(http, token, TimeSpan.FromMinutes(2)))
        {
            if (view.GetProperty("your_turn").ValueKind != JsonValueKind.Null || view.GetProperty("phase").GetString() == "ended")
            {
                return view;
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }
}
