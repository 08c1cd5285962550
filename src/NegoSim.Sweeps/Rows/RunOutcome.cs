using NegoSim.Model.Analysis;
using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Rows;

/// <summary>How one run of a sweep ended, before it is written: its result and its point's analysis, or the error that stopped it.</summary>
public sealed record RunOutcome(long Run, ulong Seed, IReadOnlyList<string> AxisValues, RunSummary? Result, string? Error, PointDistances? Analysis = null, long Point = 0)
{
    public double? NashDistance => Result is null ? null : Analysis?.Of(Result.Utilities).Nash;

    public double? ParetoDistance => Result is null ? null : Analysis?.Of(Result.Utilities).Pareto;

    public double? NashRatifiableDistance => Result is null ? null : Analysis?.Of(Result.Utilities).NashRatifiable;
}
