using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>
/// What the classroom's API reads and answers: a JSON object in (sent as <c>application/json</c>), JSON out
/// (snake_case), and every refusal as <c>{"error": "one line"}</c> with its status.
/// </summary>
public static class ApiReplies
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>snake_case like the reports' JSON, on one line.</summary>
    public static readonly JsonSerializerOptions Options = new(ReportJson.Options) { WriteIndented = false };

    public static IResult Json(object value) => Results.Json(value, Options);

    public static IResult Problem(int status, string problem) => Results.Json(new { error = problem }, Options, statusCode: status);

    public static IResult NoSeat() => Problem(404, "no seat has this token (the teacher may have given this seat a new link, or deleted the session); ask the teacher.");

    /// <summary>
    /// The request's JSON object, or the refusal to send: 415 when the body is not sent as JSON (a cross-site form
    /// cannot send JSON without the browser asking first), 413 when it is too large, 400 when it is not an object.
    /// An empty body is an empty object where <paramref name="allowEmpty"/>.
    /// </summary>
    public static async Task<(JsonElement Body, IResult? Refusal)> BodyAsync(HttpRequest request, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (allowEmpty && request.ContentLength is 0 or null && !request.Headers.TransferEncoding.Any())
        {
            return (EmptyObject, null);
        }

        if (!IsJson(request.ContentType))
        {
            return (default, Problem(415, $"send the request's body as JSON (Content-Type: application/json); found {(string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : Model.Excerpt.Of(request.ContentType, 60))}."));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, Problem(400, $"the request's body must be a JSON object; found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}."));
        }
        catch (JsonException e)
        {
            return (default, Problem(400, $"the request's body is not JSON: {e.Message}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, Problem(413, $"the request's body is too large (at most {ClassroomServer.LargestBody / 1024} KB)."));
        }
    }

    /// <summary>A JSON number that is a whole number in range; anything else (a string, 1.5, 1e12) is not.</summary>
    public static bool Whole(JsonElement value, out int number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number);
    }

    /// <summary>A string member; a string that is not valid UTF-16 (a lone surrogate escaped in the JSON) comes back with U+FFFD in its place.</summary>
    public static string? Text(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }


    private static bool IsJson(string? contentType) =>
        contentType is not null && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
}
