using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Grains;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;
using NegoSim.Reports.Html;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>
/// The classroom's HTTP API (docs/classroom.md lists it): JSON in and out (snake_case), server-sent events for live
/// views, HTML for reports, CSV for the offers. Bad input gets 400 with one line in <c>error</c>; an unknown code or
/// token 404; a wrong teacher key 403; a move the table does not wait for 409; nothing changes on any of them.
/// </summary>
public static class ClassroomApi
{
    /// <summary>The longest name a student may give.</summary>
    public const int LongestName = 40;

    private const string CodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static void Map(WebApplication app, ServedScenario served)
    {
        var client = app.Services.GetRequiredService<IClusterClient>();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var s = served.File.Scenario;

        app.MapGet("/api/scenario", () => Json(new
        {
            name = s.Name,
            description = s.Description,
            deadline = s.Protocol.Deadline,
            order = s.Protocol.Order,
            terms = s.Space.Terms.Select(t => new { name = t.Name, options = Enumerable.Range(0, t.Count).Select(t.Label) }),
            seats = served.Plan.Seats.Select(seat => new { seat, kind = served.Plan.IsFaction(seat) ? "faction" : "negotiator" }),
            default_table_size = SeatPlan.DefaultTableSize(s),
        }));

        app.MapPost("/api/classrooms", async (HttpRequest request) =>
        {
            var (body, problem) = await BodyAsync(request, allowEmpty: true);
            var size = SeatPlan.DefaultTableSize(s);
            if (problem is null && body.TryGetProperty("table_size", out var given) && !(Whole(given, out size) && size >= 1 && size <= served.Plan.Seats.Length))
            {
                problem = $"table_size: a whole number from 1 to {served.Plan.Seats.Length} (the seats of a table); found {given.GetRawText()}.";
            }

            if (problem is not null)
            {
                return Problem(400, problem);
            }

            var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            for (var attempt = 0; ; attempt++)
            {
                var code = new string(RandomNumberGenerator.GetItems<char>(CodeLetters, 6));
                if (await client.GetGrain<IClassroomGrain>(code).Open(new ClassroomOpening(served.File.Source, key, size)) is null)
                {
                    return Json(new { code, teacher_key = key, table_size = size });
                }

                if (attempt > 20)
                {
                    return Problem(503, "no free join code was found; try again.");
                }
            }
        });

        app.MapPost("/api/classrooms/{code}/join", async (string code, HttpRequest request) =>
        {
            var (body, problem) = await BodyAsync(request);
            var name = problem is null ? Text(body, "name") : null;
            problem ??= name is null ? "name: your name, as the class will see it." : NameProblem(name.Trim());
            var seat = problem is null ? Text(body, "seat") : null;
            if (problem is null && body.TryGetProperty("seat", out var seatValue) && seatValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problem = $"seat: a seat's name, such as \"{served.Plan.Seats[0]}\", or null for any seat; found {seatValue.GetRawText()}.";
            }

            if (problem is not null)
            {
                return Problem(400, problem);
            }

            var joined = await client.GetGrain<IClassroomGrain>(Code(code)).Join(new JoinRequest(name!.Trim(), string.IsNullOrEmpty(seat) ? null : seat));
            if (joined.Ticket is not { } ticket)
            {
                return Problem(joined.Problem!.StartsWith("no classroom", StringComparison.Ordinal) ? 404 : 400, joined.Problem);
            }

            return Json(new { token = ticket.Token, table = ticket.Table, seat = ticket.Seat, student = ticket.Student, play = $"/play?seat={ticket.Token}" });
        });

        // The teacher's routes: each answers only to the classroom's teacher key (?key=), checked here once.
        var teacher = app.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            var code = context.HttpContext.GetRouteValue("code") as string ?? "";
            var key = context.HttpContext.Request.Query["key"].ToString();
            return await client.GetGrain<IClassroomGrain>(Code(code)).IsTeacher(key) ? await next(context) : NotTeacher();
        });

        teacher.MapPost("/api/classrooms/{code}/start", async (string code) =>
        {
            await client.GetGrain<IClassroomGrain>(Code(code)).StartAll();
            return Json(new { started = true });
        });

        teacher.MapGet("/api/classrooms/{code}", async (string code) =>
            Json(ClassView.From(s, served.Plan, await client.GetGrain<IClassroomGrain>(Code(code)).Watch(0, TimeSpan.Zero))));

        teacher.MapGet("/api/classrooms/{code}/events", async (HttpContext http, string code) =>
        {
            var classroom = client.GetGrain<IClassroomGrain>(Code(code));
            await EventStream.WriteAsync(http, async (seen, token) =>
            {
                var snapshot = await classroom.Watch(seen, EventStream.Wait).WaitAsync(token);
                return (snapshot.Version, ClassView.From(s, served.Plan, snapshot));
            }, stopping);
        });

        teacher.MapGet("/api/classrooms/{code}/offers.csv", async (string code) =>
            Results.File(System.Text.Encoding.UTF8.GetBytes(OfferRows.Csv(s, await client.GetGrain<IClassroomGrain>(Code(code)).Watch(0, TimeSpan.Zero))), "text/csv; charset=utf-8", $"negosim-{Code(code)}-offers.csv"));

        teacher.MapGet("/classrooms/{code}/report", async (string code) =>
        {
            var classroom = client.GetGrain<IClassroomGrain>(Code(code));
            var page = ClassReportPage.Create(served.File, served.Analysis, served.Pair, served.Plan, await classroom.Watch(0, TimeSpan.Zero));
            return Results.Content(page.ToHtml($"negosim serve {served.File.Path} · classroom {Code(code)}"), "text/html; charset=utf-8");
        });

        app.MapGet("/api/seats/{token}", async (string token) =>
            await client.GetGrain<ISeatGrain>(token).Ticket() is { } ticket
                ? Json(SeatView.From(served.File, served.Plan, ticket, await client.GetGrain<ITableGrain>(ticket.TableKey).Snapshot()))
                : NoSeat());

        app.MapGet("/api/seats/{token}/events", async (HttpContext http, string token) =>
        {
            if (await client.GetGrain<ISeatGrain>(token).Ticket() is not { } ticket)
            {
                await NoSeat().ExecuteAsync(http);
                return;
            }

            var table = client.GetGrain<ITableGrain>(ticket.TableKey);
            await EventStream.WriteAsync(http, async (seen, cancel) =>
            {
                var snapshot = await table.Watch(seen, EventStream.Wait).WaitAsync(cancel);
                return (snapshot.Version, SeatView.From(served.File, served.Plan, ticket, snapshot));
            }, stopping);
        });

        app.MapPost("/api/seats/{token}/draft", async (string token, HttpRequest request) =>
        {
            if (await client.GetGrain<ISeatGrain>(token).Ticket() is not { } ticket)
            {
                return NoSeat();
            }

            var (body, problem) = await BodyAsync(request);
            var outcome = -1;
            if (problem is null)
            {
                (outcome, problem) = DealInput.Read(body.TryGetProperty("deal", out var deal) ? deal : default, s.Space);
            }

            return problem is not null
                ? Problem(400, problem)
                : Json(DraftView.Of(served.File, ticket.Seat, (await client.GetGrain<ITableGrain>(ticket.TableKey).Snapshot()).Stage, outcome));
        });

        app.MapPost("/api/seats/{token}/propose", (string token, HttpRequest request) => ActAsync(client, token, request, ActionKind.Propose, s));
        app.MapPost("/api/seats/{token}/accept", (string token, HttpRequest request) => ActAsync(client, token, request, ActionKind.Accept, s));
        app.MapPost("/api/seats/{token}/reject", (string token, HttpRequest request) => ActAsync(client, token, request, ActionKind.Reject, s));
        app.MapPost("/api/seats/{token}/vote", (string token, HttpRequest request) => ActAsync(client, token, request, ActionKind.VoteYes, s));

        app.MapPost("/api/seats/{token}/start", async (string token) =>
        {
            var started = await client.GetGrain<ISeatGrain>(token).Start();
            return started.IsTaken ? Json(new { started = true }) : NoSeat();
        });

        app.MapGet("/seats/{token}/report", async (string token) =>
        {
            if (await client.GetGrain<ISeatGrain>(token).Ticket() is not { } ticket)
            {
                return NoSeat();
            }

            var table = await client.GetGrain<ITableGrain>(ticket.TableKey).Snapshot();
            if (table.Result is not { } result)
            {
                return Problem(409, "the table has not ended yet; its report comes when it ends.");
            }

            // What the strategy grains reach from the same start: the same scenario and seed, every seat theirs.
            var strategies = await client.GetGrain<INegotiationGrain>($"{ticket.TableKey}/strategies/{Guid.NewGuid():N}").Run(new RunRequest(served.File.Source, table.Seed));
            var page = RunPage.Create(served.File, result, served.Analysis, served.Pair, strategies);
            return Results.Content(page.ToHtml($"classroom {ticket.Classroom} · table {ticket.Table} · seed {table.Seed}"), "text/html; charset=utf-8");
        });
    }

    private static async Task<IResult> ActAsync(IClusterClient client, string token, HttpRequest request, ActionKind kind, Scenario s)
    {
        var seat = client.GetGrain<ISeatGrain>(token);
        if (await seat.Ticket() is null)
        {
            return NoSeat();
        }

        var (body, problem) = await BodyAsync(request);
        var round = 0;
        var outcome = -1;
        if (problem is null && kind == ActionKind.VoteYes)
        {
            if (!body.TryGetProperty("yes", out var yes) || yes.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                problem = "yes: true to vote your faction's seats for the deal, false against.";
            }
            else if (yes.ValueKind == JsonValueKind.False)
            {
                kind = ActionKind.VoteNo;
            }
        }
        else if (problem is null && !(body.TryGetProperty("round", out var given) && Whole(given, out round) && round >= 1))
        {
            problem = $"round: the round you are moving in, a whole number from 1; found {(body.TryGetProperty("round", out var found) ? found.GetRawText() : "nothing")}.";
        }

        if (problem is null && kind == ActionKind.Propose)
        {
            (outcome, problem) = DealInput.Read(body.TryGetProperty("deal", out var deal) ? deal : default, s.Space);
        }

        if (problem is not null)
        {
            return Problem(400, problem);
        }

        var acted = await seat.Act(new SeatAction(kind, round, outcome));
        return acted.IsTaken ? Json(new { taken = true }) : Problem(409, acted.Problem!);
    }

    /// <summary>The request's JSON object; a problem if it is not one (or, unless allowed, is empty).</summary>
    private static async Task<(JsonElement Body, string? Problem)> BodyAsync(HttpRequest request, bool allowEmpty = false)
    {
        if (allowEmpty && request.ContentLength == 0)
        {
            return (EmptyObject, null);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, $"the request's body must be a JSON object; found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
        }
        catch (JsonException e)
        {
            return (default, $"the request's body is not JSON: {e.Message}");
        }
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>A JSON number that is a whole number in range; anything else (a string, 1.5, 1e12) is not.</summary>
    private static bool Whole(JsonElement value, out int number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number);
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NameProblem(string name) =>
        name.Length == 0 ? "name: your name, as the class will see it; it is empty."
        : name.Length > LongestName ? $"name: at most {LongestName} characters; yours has {name.Length}."
        : name.Any(char.IsControl) ? "name: letters, digits, spaces and punctuation only."
        : null;

    /// <summary>Join codes are read aloud and typed on phones: upper case, whatever the student typed.</summary>
    private static string Code(string code) => code.Trim().ToUpperInvariant();

    private static IResult Json(object value) => Results.Json(value, ReportJson.Options);

    private static IResult Problem(int status, string problem) => Results.Json(new { error = problem }, ReportJson.Options, statusCode: status);

    private static IResult NotTeacher() => Problem(403, "that is not this classroom's teacher key (or no classroom with this code is open).");

    private static IResult NoSeat() => Problem(404, "no seat has this token; join the classroom again from the start page.");
}
