using System.Collections.Immutable;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>One output's indices: Sobol' (<see cref="Sobol"/>) or Morris (<see cref="Morris"/>), per parameter.</summary>
public sealed record SensitivityOutput(string Name, SobolResult? Sobol, ImmutableArray<MorrisIndex> Morris = default)
{
    /// <summary>True when the output never varied over the design (its indices say nothing).</summary>
    public bool Constant { get; init; }
}
