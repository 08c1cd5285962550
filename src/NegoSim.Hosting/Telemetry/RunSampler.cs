using OpenTelemetry.Trace;

namespace NegoSim.Hosting.Telemetry;

/// <summary>
/// For sweeps: records only the runs the sweep chose to trace (a <c>sweep.run</c> root) and everything beneath them;
/// a negotiation with no such parent is dropped at once, costing nothing.
/// </summary>
public sealed class RunSampler : Sampler
{
    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId != default || samplingParameters.Name == SweepTracing.RunSpanName
            ? new SamplingResult(SamplingDecision.RecordAndSample)
            : new SamplingResult(SamplingDecision.Drop);
}
