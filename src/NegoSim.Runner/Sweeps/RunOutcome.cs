using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Runner.Sweeps;

/// <summary>How one run of a sweep ended, before it is written: its result, or the error that stopped it.</summary>
public sealed record RunOutcome(long Run, ulong Seed, IReadOnlyList<string> AxisValues, NegotiationResult? Result, string? Error);
