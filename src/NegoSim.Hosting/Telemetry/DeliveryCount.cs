using System.Diagnostics;
using OpenTelemetry;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// Counts the spans a session records (<see cref="Ended"/>, as a processor placed before the exporting one) and what
/// its exporter delivered or failed to; what is neither was dropped by the export queue. The session says so at its end.
/// </summary>
public sealed class DeliveryCount : BaseProcessor<Activity>
{
    private long _ended;
    private long _delivered;
    private long _failed;

    public long Ended => Interlocked.Read(ref _ended);

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Recorded spans neither delivered nor failed: dropped from a full queue, or not yet exported.</summary>
    public long Undelivered => Ended - Delivered - Failed;

    public override void OnEnd(Activity data)
    {
        if (data?.Recorded == true)
        {
            Interlocked.Increment(ref _ended);
        }
    }

    /// <summary>Counts a batch the exporter sent: delivered, or failed.</summary>
    internal void Exported(ExportResult result, long spans) =>
        Interlocked.Add(ref result == ExportResult.Success ? ref _delivered : ref _failed, spans);
}
