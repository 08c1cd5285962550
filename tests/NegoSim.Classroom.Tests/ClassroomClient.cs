using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NegoSim.Classroom.Tests;

/// <summary>What a browser sends to <c>negosim serve</c>, as plain HTTP: the tests' student and teacher.</summary>
internal sealed class ClassroomClient(HttpClient http)
{
    /// <summary>Kyiv's best deal; worth 0 to Washington, below its reservation 0.3, so Washington never accepts it.</summary>
    public static readonly Dictionary<string, object> KyivsBest = new()
    {
        ["guarantees"] = "commitment", ["reimbursement"] = 0, ["revenue_share"] = 0, ["scope"] = "rare-earths", ["fund_governance"] = "joint", ["specific_numbers"] = "no",
    };

    public async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw)
        {
            request.Content = new StringContent(raw);
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<(string Code, string Key)> Open(int tableSize)
    {
        var (status, body) = await Send(HttpMethod.Post, "/api/classrooms", new { table_size = tableSize });
        Assert.Equal(HttpStatusCode.OK, status);
        return (body.GetProperty("code").GetString()!, body.GetProperty("teacher_key").GetString()!);
    }

    public async Task<string> Join(string code, string name, string? seat = null)
    {
        var (status, body) = await Send(HttpMethod.Post, $"/api/classrooms/{code}/join", new { name, seat });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        return body.GetProperty("token").GetString()!;
    }

    public async Task<JsonElement> View(string token) => (await Send(HttpMethod.Get, $"/api/seats/{token}")).Body;

    /// <summary>The seat's view once the table waits for this seat (or has ended), read from its event stream as a browser does.</summary>
    public async Task<JsonElement> UntilMyTurnOrEnd(string token)
    {
        using var stream = await http.GetStreamAsync($"/api/seats/{token}/events");
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var view = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                if (view.GetProperty("your_turn").ValueKind != JsonValueKind.Null || view.GetProperty("phase").GetString() == "ended")
                {
                    return view;
                }
            }
        }

        throw new InvalidOperationException("the event stream ended");
    }
}
