using OpenTelemetry.Trace;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// For sweeps: records the sweep's own span and the runs the sweep chose to trace (a <c>sweep.run</c> root) with
/// everything beneath them (a span whose parent is recorded); a negotiation with no such parent is dropped. (A dropped
/// span is still made, unrecorded, to carry the trace's context: a batch of runs nobody traces suppresses them instead.)
/// </summary>
public sealed class RunSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        (samplingParameters.ParentContext.TraceFlags & System.Diagnostics.ActivityTraceFlags.Recorded) != 0
        || samplingParameters.Name == SweepTracing.RunSpanName
        || samplingParameters.Name.StartsWith(SweepTracing.SweepSpanPrefix, StringComparison.Ordinal)
            ? new SamplingResult(SamplingDecision.RecordAndSample)
            : new SamplingResult(SamplingDecision.Drop);
}
