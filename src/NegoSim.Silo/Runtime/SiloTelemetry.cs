using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace NegoSim.Silo.Runtime;

/// <summary>The silo's <see cref="ActivitySource"/>: one span per grain call, named <c>{Interface}/{Method}</c>.</summary>
internal static class SiloTelemetry
{
    public const string SourceName = "NegoSim.Silo";

    public static readonly ActivitySource Source = new(
        SourceName,
        typeof(SiloTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    public static readonly Meter Meter = new(SourceName, Source.Version);

    /// <summary>Grain calls made, by interface and method.</summary>
    public static readonly Counter<long> GrainCalls = Meter.CreateCounter<long>("negosim.grain_calls", "{call}", "Grain calls, by interface and method.");

    public static Activity? StartCall(GrainMethod method, GrainId id)
    {
        if (GrainCalls.Enabled)
        {
            GrainCalls.Add(1, new KeyValuePair<string, object?>("rpc.service", method.InterfaceName), new KeyValuePair<string, object?>("rpc.method", method.Name));
        }

        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(method.ActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("rpc.system", "negosim-silo");
            activity.SetTag("rpc.service", method.InterfaceName);
            activity.SetTag("rpc.method", method.Name);
            activity.SetTag("negosim.grain.class", id.Class.Name);
            activity.SetTag("negosim.grain.key", id.Key);
        }

        return activity;
    }

    public static void Stop(Activity? activity, Task finished)
    {
        if (activity is null)
        {
            return;
        }

        if (finished.Exception?.InnerException is { } error)
        {
            activity.SetStatus(ActivityStatusCode.Error, error.Message);
            activity.AddException(error);
        }

        activity.Stop();
    }
}
