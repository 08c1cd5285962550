using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>
/// Server-sent events: each new view of a table or classroom as one <c>data:</c> line of JSON, as soon as it changes
/// (the grain's long watch), with a comment line as a keep-alive when nothing changed. A null view ends the stream
/// (the seat's link was replaced): the browser's reconnection then finds the link gone.
/// </summary>
public static class EventStream
{
    /// <summary>How long one watch of a grain waits for a change (under Orleans' 30 s answer timeout).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static async Task WriteAsync<T>(HttpContext http, Func<long, CancellationToken, Task<(long Version, T? View)>> next, CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var response = http.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        var seen = long.MinValue;
        try
        {
            while (!done.IsCancellationRequested)
            {
                var (version, view) = await next(seen, done.Token);
                if (view is null)
                {
                    return;
                }

                if (version != seen)
                {
                    seen = version;
                    await response.WriteAsync($"data: {JsonSerializer.Serialize(view, Compact)}\n\n", done.Token);
                }
                else
                {
                    await response.WriteAsync(": still here\n\n", done.Token);
                }

                await response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The browser went away, or the server is stopping.
        }
    }

    private static readonly JsonSerializerOptions Compact = new(ReportJson.Options) { WriteIndented = false };
}
