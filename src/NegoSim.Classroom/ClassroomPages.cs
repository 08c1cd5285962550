using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NegoSim.Classroom;

/// <summary>The classroom's pages and their scripts, embedded in negosim (Classroom/Web): nothing is fetched from elsewhere.</summary>
public static class ClassroomPages
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => Page("join.html"));
        app.MapGet("/play", () => Page("play.html"));
        app.MapGet("/teacher", () => Page("teacher.html"));
        app.MapGet("/assets/{name}", (string name) => Page(name));
    }

    private static IResult Page(string name)
    {
        using var stream = typeof(ClassroomPages).Assembly.GetManifestResourceStream($"NegoSim.Classroom.{name}");
        if (stream is null || !Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            return Results.NotFound();
        }

        using var reader = new StreamReader(stream);
        return Results.Content(reader.ReadToEnd(), type);
    }
}
