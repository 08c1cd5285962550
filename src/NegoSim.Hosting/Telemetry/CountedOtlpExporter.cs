using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry's OTLP trace exporter, counting what each batch delivered into a <see cref="DeliveryCount"/>. (A
/// subclass, not a wrapper: the exporter reads the provider's resource, service.name among it, from its own parent.)
/// </summary>
internal sealed class CountedOtlpExporter(OtlpExporterOptions options, DeliveryCount count) : OtlpTraceExporter(options)
{
    public override ExportResult Export(in Batch<Activity> activityBatch)
    {
        var result = base.Export(activityBatch);
        count.Exported(result, activityBatch.Count);
        return result;
    }
}
