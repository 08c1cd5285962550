using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NegoSim.Classroom.Tests;

/// <summary>
/// How long the servers in this process took to answer each request, as ASP.NET Core itself measures it (its
/// <c>http.server.request.duration</c>, the figure an operator's OpenTelemetry dashboard shows), by route: the time
/// from the request's arrival to its answer, without the time the load's own clients take on the same cores.
/// </summary>
internal sealed class ServerTimes : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Route, double Milliseconds)> _times = new();

    public ServerTimes()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "http.route" && tag.Value is string route)
                {
                    _times.Enqueue((route, seconds * 1000));
                }
            }
        });
        _listener.Start();
    }

    /// <summary>The times taken since the last call, in milliseconds, by action (the last word of the route: join, propose, …).</summary>
    public IReadOnlyDictionary<string, List<double>> Take()
    {
        var taken = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        while (_times.TryDequeue(out var time))
        {
            var action = time.Route[(time.Route.LastIndexOf('/') + 1)..];
            if (!taken.TryGetValue(action, out var times))
            {
                taken[action] = times = [];
            }

            times.Add(time.Milliseconds);
        }

        return taken;
    }

    public void Dispose() => _listener.Dispose();
}
