using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Grains;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Reports.Html;
using static NegoSim.Classroom.ApiReplies;

namespace NegoSim.Classroom;

/// <summary>
/// The students' side of the classroom's HTTP API (docs/classroom.md lists it): joining with a code, and acting for a
/// seat with its token. JSON in and out (snake_case), server-sent events for live views, HTML for reports. Bad input
/// gets 400 with one line in <c>error</c>; an unknown code or token 404; a move the table does not wait for 409;
/// nothing changes on any of them. The teacher's side is <see cref="TeacherApi"/>.
/// </summary>
public static class ClassroomApi
{
    public static void Map(WebApplication app, ServedScenarios scenarios)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(scenarios);
        var client = app.Services.GetRequiredService<IClusterClient>();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var lines = new System.Collections.Concurrent.ConcurrentDictionary<string, JoinLine>(StringComparer.Ordinal);

        app.MapGet("/api/scenario", () => Json(ScenarioView.Of(scenarios.Default)));

        app.MapGet("/api/classrooms/{code}/scenario", async (string code) =>
            await scenarios.OfClassroomAsync(Code(code)) is { } served ? Json(ScenarioView.Of(served)) : NoClassroom());

        app.MapPost("/api/classrooms/{code}/join", async (string code, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            var name = Text(body, "name")?.Trim();
            var problem = name is null ? "name: your name, as the class will see it." : StudentName.Problem(name);
            var seat = Text(body, "seat");
            if (problem is null && body.TryGetProperty("seat", out var seatValue) && seatValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                problem = $"seat: a seat's name, such as \"kyiv\", or null for any seat; found {Model.Excerpt.Of(seatValue.GetRawText(), 40)}.";
            }

            int? table = null;
            if (problem is null && body.TryGetProperty("table", out var tableValue) && tableValue.ValueKind != JsonValueKind.Null)
            {
                if (tableValue.ValueKind == JsonValueKind.Number && tableValue.TryGetInt32(out var number) && number >= 1)
                {
                    table = number;
                }
                else
                {
                    problem = $"table: a table's number (1, 2, …), or null for the first table with your seat free; found {Model.Excerpt.Of(tableValue.GetRawText(), 40)}.";
                }
            }

            if (problem is not null)
            {
                return Problem(400, problem);
            }

            var line = lines.GetOrAdd(Code(code), key => new JoinLine(client.GetGrain<IClassroomGrain>(key).Join, emptied => lines.TryRemove(new(key, emptied))));
            var joined = await line.Join(new JoinRequest(name!, string.IsNullOrEmpty(seat) ? null : seat, table));
            if (joined.Ticket is not { } ticket)
            {
                return Problem(joined.Problem!.StartsWith("no classroom", StringComparison.Ordinal) ? 404 : joined.Problem.StartsWith("someone", StringComparison.Ordinal) ? 409 : 400, joined.Problem);
            }

            return Json(new { token = ticket.Token, table = ticket.Table, seat = ticket.Seat, student = ticket.Student, play = $"/play?seat={ticket.Token}" });
        });

        // A student who lost their link asks for their seat back by name; the teacher answers (TeacherApi).
        app.MapPost("/api/classrooms/{code}/rejoin", async (string code, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (Text(body, "name")?.Trim() is not { Length: > 0 and <= StudentName.Longest } name)
            {
                return Problem(400, "name: the name you joined under.");
            }

            if (await scenarios.OfClassroomAsync(Code(code)) is null)
            {
                return NoClassroom();
            }

            var (asked, problem) = await client.GetGrain<IClassroomGrain>(Code(code)).AskToRejoin(name);
            return asked is null ? Problem(404, problem!) : Json(new { request = asked.Id, status = "waiting" });
        });

        app.MapGet("/api/classrooms/{code}/rejoin/{id}", async (string code, string id) =>
            await client.GetGrain<IClassroomGrain>(Code(code)).Rejoin(id) is { } asked
                ? Json(new
                {
                    request = asked.Id,
                    status = asked.Token is not null ? "approved" : asked.Refused ? "refused" : "waiting",
                    play = asked.Token is { } token ? $"/play?seat={token}" : null,
                })
                : Problem(404, "no such request; ask for your seat back again."));

        app.MapGet("/api/seats/{token}", async (string token) =>
            await SeatAsync(client, scenarios, token) is { } seat
                ? Json(SeatView.From(seat.Served.File, seat.Served.Plan, seat.Ticket, await client.GetGrain<ITableGrain>(seat.Ticket.TableKey).Snapshot()))
                : NoSeat());

        app.MapGet("/api/seats/{token}/briefing", async (string token) =>
            await SeatAsync(client, scenarios, token) is { } seat
                ? Json(BriefingView.Of(seat.Served, seat.Ticket.Seat, (await client.GetGrain<ITableGrain>(seat.Ticket.TableKey).Snapshot()).Stage))
                : NoSeat());

        app.MapGet("/api/seats/{token}/scenario", async (string token) =>
            await SeatAsync(client, scenarios, token) is { } seat ? Json(ScenarioView.Of(seat.Served)) : NoSeat());

        app.MapGet("/api/seats/{token}/events", async (HttpContext http, string token) =>
        {
            if (await SeatAsync(client, scenarios, token) is not { } seat)
            {
                await NoSeat().ExecuteAsync(http);
                return;
            }

            var table = client.GetGrain<ITableGrain>(seat.Ticket.TableKey);
            var seatGrain = client.GetGrain<ISeatGrain>(token);
            await EventStream.WriteAsync(http, async (seen, cancel) =>
            {
                var snapshot = await table.Watch(seen, EventStream.Wait).WaitAsync(cancel);

                // A link the teacher replaced stops here, and the page says so; a student the teacher moved to
                // another seat or table reconnects, and the new stream watches the new table.
                return await seatGrain.Ticket() is not { } now || now.TableKey != seat.Ticket.TableKey || now.Seat != seat.Ticket.Seat
                    ? (snapshot.Version, null)
                    : (snapshot.Version, SeatView.From(seat.Served.File, seat.Served.Plan, seat.Ticket, snapshot));
            }, stopping);
        });

        app.MapPost("/api/seats/{token}/draft", async (string token, HttpRequest request) =>
        {
            if (await SeatAsync(client, scenarios, token) is not { } seat)
            {
                return NoSeat();
            }

            if (seat.Ticket.Seat == SeatPlan.Observer)
            {
                return Problem(403, "an observer has no preferences to weigh a draft by.");
            }

            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            var (outcome, problem) = DealInput.Read(body.TryGetProperty("deal", out var deal) ? deal : default, seat.Served.File.Scenario.Space);
            return problem is not null
                ? Problem(400, problem)
                : Json(DraftView.Of(seat.Served.File, seat.Ticket.Seat, (await client.GetGrain<ITableGrain>(seat.Ticket.TableKey).Snapshot()).Stage, outcome));
        });

        app.MapPost("/api/seats/{token}/propose", (string token, HttpRequest request) => ActAsync(client, scenarios, token, request, ActionKind.Propose));
        app.MapPost("/api/seats/{token}/accept", (string token, HttpRequest request) => ActAsync(client, scenarios, token, request, ActionKind.Accept));
        app.MapPost("/api/seats/{token}/reject", (string token, HttpRequest request) => ActAsync(client, scenarios, token, request, ActionKind.Reject));
        app.MapPost("/api/seats/{token}/vote", (string token, HttpRequest request) => ActAsync(client, scenarios, token, request, ActionKind.VoteYes));

        // Students do not start tables: a table starts when full, or when the teacher starts it.
        app.MapPost("/api/seats/{token}/start", () => Problem(403, "only the teacher starts a table that is not full; the table starts by itself when its last seat is taken."));

        app.MapGet("/seats/{token}/report", async (string token) =>
        {
            if (await SeatAsync(client, scenarios, token) is not { } seat)
            {
                return NoSeat();
            }

            return await TableReportAsync(client, seat.Served, seat.Ticket.TableKey, $"classroom {seat.Ticket.Classroom} · table {seat.Ticket.Table}");
        });
    }

    /// <summary>A table's report: its charts, and what the strategy grains reach from the same start (the same scenario and seed, every seat theirs).</summary>
    public static async Task<IResult> TableReportAsync(IClusterClient client, ServedScenario served, string tableKey, string title)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(served);
        var table = await client.GetGrain<ITableGrain>(tableKey).Snapshot();
        if (table.Result is not { } result)
        {
            return Problem(409, "the table has not ended yet; its report comes when it ends.");
        }

        var strategies = await client.GetGrain<INegotiationGrain>($"{tableKey}/strategies/{Guid.NewGuid():N}").Run(new RunRequest(served.File.Source, table.Seed));
        var students = served.File.Scenario.Negotiators.Select(n => n.Name).Where(n => table.StudentAt(n) is not null).ToHashSet(StringComparer.Ordinal);
        var page = RunPage.Create(served.File, result, served.Analysis, served.Pair, strategies, students);
        return Results.Content(page.ToHtml($"{title} · seed {table.Seed}"), "text/html; charset=utf-8");
    }

    /// <summary>Join codes are read aloud and typed on phones: upper case, whatever the student typed.</summary>
    public static string Code(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    public static IResult NoClassroom() => Problem(404, "no classroom has this code; check it with the teacher.");

    private static async Task<(SeatTicket Ticket, ServedScenario Served)?> SeatAsync(IClusterClient client, ServedScenarios scenarios, string token) =>
        await client.GetGrain<ISeatGrain>(token).Ticket() is { } ticket && await scenarios.OfClassroomAsync(ticket.Classroom) is { } served ? (ticket, served) : null;

    private static async Task<IResult> ActAsync(IClusterClient client, ServedScenarios scenarios, string token, HttpRequest request, ActionKind kind)
    {
        if (await SeatAsync(client, scenarios, token) is not { } seat)
        {
            return NoSeat();
        }

        if (seat.Ticket.Seat == SeatPlan.Observer)
        {
            return Problem(403, "an observer watches the table; it does not move.");
        }

        var (body, refusal) = await BodyAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }

        string? problem = null;
        var round = 0;
        var outcome = -1;
        if (kind == ActionKind.VoteYes)
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
        else if (!(body.TryGetProperty("round", out var given) && Whole(given, out round) && round >= 1))
        {
            problem = $"round: the round you are moving in, a whole number from 1; found {(body.TryGetProperty("round", out var found) ? Model.Excerpt.Of(found.GetRawText(), 40) : "nothing")}.";
        }

        if (problem is null && kind == ActionKind.Propose)
        {
            (outcome, problem) = DealInput.Read(body.TryGetProperty("deal", out var deal) ? deal : default, seat.Served.File.Scenario.Space);
        }

        if (problem is not null)
        {
            return Problem(400, problem);
        }

        var acted = await client.GetGrain<ISeatGrain>(token).Act(new SeatAction(kind, round, outcome));
        return acted.IsTaken ? Json(new { taken = true }) : Problem(409, acted.Problem!);
    }
}
