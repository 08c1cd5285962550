using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NegoSim.Classroom.Grains;
using NegoSim.Grains;
using NegoSim.Grains.Messages;
using NegoSim.Model.Scenarios;
using QRCoder;
using static NegoSim.Classroom.ApiReplies;

namespace NegoSim.Classroom;

/// <summary>
/// The teacher's side of the classroom's HTTP API: signing in with the server's password, opening, listing and
/// deleting sessions, starting tables, handing seats to the computer, new links, the live class view, the CSV and the
/// reports. Every route but signing in answers 401 without the teacher's cookie or Basic credentials.
/// </summary>
public static class TeacherApi
{
    public static void Map(WebApplication app, ServedScenarios scenarios, TeacherAccess access, ClassroomSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(settings);
        var client = app.Services.GetRequiredService<IClusterClient>();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        app.MapPost("/api/teacher/login", async (HttpRequest request, HttpResponse response) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (!access.IsPassword(Text(body, "password")))
            {
                // A guess costs a second.
                await Task.Delay(TimeSpan.FromSeconds(1), request.HttpContext.RequestAborted);
                return Problem(401, "that is not the teacher's password (negosim serve printed it when it started, or it is in NEGOSIM_TEACHER_PASSWORD).");
            }

            access.SignIn(response);
            return Json(new { signed_in = true });
        });

        // Whether this browser is signed in (so the page can ask for the password without a failed request).
        app.MapGet("/api/teacher/status", (HttpRequest request) => Json(new { signed_in = access.Allows(request) }));

        app.MapPost("/api/teacher/logout", (HttpResponse response) =>
        {
            TeacherAccess.SignOut(response);
            return Json(new { signed_in = false });
        });

        var teacher = app.MapGroup("").AddEndpointFilter(async (context, next) =>
            access.Allows(context.HttpContext.Request) ? await next(context) : Problem(401, "the teacher's password is needed: sign in on the teacher's page, or send it as HTTP Basic credentials."));

        teacher.MapGet("/api/teacher", (HttpRequest request) =>
            Json(new { join_address = JoinAddress(settings, request), scenario = ScenarioView.Of(scenarios.Default) }));

        teacher.MapGet("/api/classrooms", async () =>
            Json((await client.GetGrain<IClassroomRegisterGrain>(0).List()).Select(e => new { code = e.Code, scenario = e.Scenario, sets = e.Sets, table_size = e.TableSize, opened = e.Opened })));

        teacher.MapPost("/api/classrooms", async (HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request, allowEmpty: true);
            if (refusal is not null)
            {
                return refusal;
            }

            var (opening, problem) = Opening(body, scenarios);
            if (problem is not null)
            {
                return Problem(400, problem);
            }

            for (var attempt = 0; ; attempt++)
            {
                var code = JoinCode.New();
                var refused = await client.GetGrain<IClassroomGrain>(code).Open(opening!);
                if (refused is null)
                {
                    return Json(new { code, table_size = opening!.TableSize, join = $"{JoinAddress(settings, request)}/?code={code}" });
                }

                if (!refused.Contains("open already", StringComparison.Ordinal))
                {
                    return Problem(409, refused);
                }

                if (attempt > 20)
                {
                    return Problem(503, "no free join code was found; try again.");
                }
            }
        });

        teacher.MapGet("/api/classrooms/{code}", async (string code) =>
            await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is { } served
                ? Json(ClassView.From(served, await Classroom(client, code).Watch(0, TimeSpan.Zero)))
                : ClassroomApi.NoClassroom());

        teacher.MapDelete("/api/classrooms/{code}", async (string code) =>
        {
            if (await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is null)
            {
                return ClassroomApi.NoClassroom();
            }

            await Classroom(client, code).Close();
            scenarios.Forget(ClassroomApi.Code(code));
            return Json(new { deleted = true });
        });

        teacher.MapPost("/api/classrooms/{code}/start", async (string code) =>
        {
            if (await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is null)
            {
                return ClassroomApi.NoClassroom();
            }

            await Classroom(client, code).StartAll();
            return Json(new { started = true });
        });

        teacher.MapGet("/api/classrooms/{code}/events", async (HttpContext http, string code) =>
        {
            if (await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is not { } served)
            {
                await ClassroomApi.NoClassroom().ExecuteAsync(http);
                return;
            }

            var classroom = Classroom(client, code);
            await EventStream.WriteAsync(http, async (seen, token) =>
            {
                var snapshot = await classroom.Watch(seen, EventStream.Wait).WaitAsync(token);
                return (snapshot.Version, ClassView.From(served, snapshot));
            }, stopping);
        });

        teacher.MapGet("/api/classrooms/{code}/offers.csv", async (string code) =>
            await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is { } served
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(OfferRows.Csv(served.File, await Classroom(client, code).Watch(0, TimeSpan.Zero))), "text/csv; charset=utf-8", $"negosim-{ClassroomApi.Code(code)}-offers.csv")
                : ClassroomApi.NoClassroom());

        teacher.MapGet("/api/classrooms/{code}/export.json", async (string code) =>
        {
            var classroom = Classroom(client, code);
            return await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is { } served && await classroom.Opening() is { } opening
                ? Json(GradingExport.Of(served, opening, await classroom.Watch(0, TimeSpan.Zero)))
                : ClassroomApi.NoClassroom();
        });

        teacher.MapGet("/api/classrooms/{code}/qr.svg", (string code, HttpRequest request) =>
        {
            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode($"{JoinAddress(settings, request)}/?code={Uri.EscapeDataString(ClassroomApi.Code(code))}", QRCodeGenerator.ECCLevel.M);
            return Results.Text(new SvgQRCode(data).GetGraphic(8), "image/svg+xml");
        });

        teacher.MapPost("/api/classrooms/{code}/tables/{table:int}/hand", async (string code, int table, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (Text(body, "seat") is not { } seat || !body.TryGetProperty("computer", out var computer) || computer.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Problem(400, "send {\"seat\": \"kyiv\", \"computer\": true} to hand a student's seat to the computer, false to give it back.");
            }

            var problem = await Classroom(client, code).Hand(table, seat, computer.ValueKind == JsonValueKind.True);
            return problem is null ? Json(new { seat, computer = computer.ValueKind == JsonValueKind.True }) : Problem(404, problem);
        });

        teacher.MapPost("/api/classrooms/{code}/tables/{table:int}/reissue", async (string code, int table, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (Text(body, "seat") is not { } seat)
            {
                return Problem(400, "send {\"seat\": \"kyiv\"}: the seat whose student needs a new link.");
            }

            var issued = await Classroom(client, code).Reissue(table, seat);
            return issued.Ticket is { } ticket
                ? Json(new { seat, student = ticket.Student, play = $"{JoinAddress(settings, request)}/play?seat={ticket.Token}" })
                : Problem(404, issued.Problem!);
        });

        teacher.MapPost("/api/classrooms/{code}/tables/{table:int}/finish", async (string code, int table) =>
            await Classroom(client, code).Finish(table) is { } problem ? Problem(404, problem) : Json(new { table, finished = true }));

        teacher.MapPost("/api/classrooms/{code}/tables/{table:int}/move", async (string code, int table, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (Text(body, "seat") is not { } seat || !body.TryGetProperty("to_table", out var to) || to.ValueKind != JsonValueKind.Number || !to.TryGetInt32(out var toTable))
            {
                return Problem(400, "send {\"seat\": \"kyiv\", \"to_table\": 2, \"to_seat\": \"kyiv\"} to move the student at that seat (to_seat null: the same seat if free, else any free one); only before either table starts.");
            }

            var moved = await Classroom(client, code).Move(table, seat, toTable, Text(body, "to_seat"));
            return moved.Ticket is { } ticket
                ? Json(new { student = ticket.Student, table = ticket.Table, seat = ticket.Seat })
                : Problem(moved.Problem!.StartsWith("no ", StringComparison.Ordinal) ? 404 : 409, moved.Problem);
        });

        teacher.MapPost("/api/classrooms/{code}/rejoin/{id}/answer", async (string code, string id, HttpRequest request) =>
        {
            var (body, refusal) = await BodyAsync(request);
            if (refusal is not null)
            {
                return refusal;
            }

            if (!body.TryGetProperty("approve", out var approve) || approve.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Problem(400, "approve: true to give the student their seat back (with a new link), false to refuse.");
            }

            var problem = await Classroom(client, code).Answer(id, approve.ValueKind == JsonValueKind.True);
            return problem is null ? Json(new { answered = true }) : Problem(404, problem);
        });

        teacher.MapGet("/classrooms/{code}/report", async (string code) =>
        {
            if (await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is not { } served)
            {
                return ClassroomApi.NoClassroom();
            }

            // What the strategies reach from table 1's start (seed 1), every seat theirs.
            var snapshot = await Classroom(client, code).Watch(0, TimeSpan.Zero);
            var strategies = await client.GetGrain<INegotiationGrain>($"{TableKeys.Of(ClassroomApi.Code(code), 1)}/strategies/{Guid.NewGuid():N}").Run(new RunRequest(served.File.Source, 1));
            var page = ClassReportPage.Create(served, snapshot, strategies);
            return Results.Content(page.ToHtml($"negosim serve {served.File.Path} · classroom {ClassroomApi.Code(code)}"), "text/html; charset=utf-8");
        });

        teacher.MapGet("/classrooms/{code}/tables/{table:int}/report", async (string code, int table) =>
            await scenarios.OfClassroomAsync(ClassroomApi.Code(code)) is { } served
                ? await ClassroomApi.TableReportAsync(client, served, TableKeys.Of(ClassroomApi.Code(code), table), $"classroom {ClassroomApi.Code(code)} · table {table}")
                : ClassroomApi.NoClassroom());
    }

    /// <summary>The session a teacher asks for: table size, the session's own <c>--set</c> values, and timers.</summary>
    private static (ClassroomOpening? Opening, string? Problem) Opening(JsonElement body, ServedScenarios scenarios)
    {
        var sets = ImmutableArray<string>.Empty;
        if (body.TryGetProperty("set", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Array || given.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String) || given.GetArrayLength() > 50)
            {
                return (null, "set: a list of up to 50 NAME=VALUE texts, as --set takes them, such as [\"rada_demand=0.7\"].");
            }

            sets = [.. given.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0)];
        }

        ServedScenario served;
        try
        {
            served = scenarios.WithSets(sets);
        }
        catch (ScenarioException e)
        {
            return (null, $"set: {Model.Excerpt.Of(e.Message, 300)}");
        }

        var seats = served.Plan.Seats.Length;
        var size = SeatPlan.DefaultTableSize(served.File.Scenario);
        if (body.TryGetProperty("table_size", out var sizeValue) && !(Whole(sizeValue, out size) && size >= 1 && size <= seats))
        {
            return (null, $"table_size: a whole number from 1 to {seats} (the seats of a table); found {Model.Excerpt.Of(sizeValue.GetRawText(), 40)}.");
        }

        var turn = 0;
        var vote = 0;
        foreach (var (name, value) in new[] { ("turn_seconds", 0), ("vote_seconds", 1) })
        {
            var seconds = 0;
            if (body.TryGetProperty(name, out var timer) && timer.ValueKind != JsonValueKind.Null && !(Whole(timer, out seconds) && seconds >= 0 && seconds <= TurnTimers.Longest))
            {
                return (null, $"{name}: seconds a student has before the computer moves for them, a whole number from 0 (no limit) to {TurnTimers.Longest}; found {Model.Excerpt.Of(timer.GetRawText(), 40)}.");
            }

            (turn, vote) = value == 0 ? (seconds, vote) : (turn, seconds);
        }

        return (new ClassroomOpening(served.File.Source, size, new TurnTimers(turn, vote), sets, DateTime.UtcNow), null);
    }

    /// <summary>The address students open: the machine's network address <c>negosim serve</c> found, else the one this browser used.</summary>
    private static string JoinAddress(ClassroomSettings settings, HttpRequest request) =>
        (settings.JoinAddress ?? $"{request.Scheme}://{request.Host}").TrimEnd('/');

    private static IClassroomGrain Classroom(IClusterClient client, string code) => client.GetGrain<IClassroomGrain>(ClassroomApi.Code(code));
}
