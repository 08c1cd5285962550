using System.Collections.Immutable;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// Sobol' indices of one output: per parameter (in the order given), and with second order the pairs' S2 with their
/// intervals (<c>S2[j][k]</c> for j &lt; k; NaN elsewhere, as SALib leaves them).
/// </summary>
public sealed record SobolResult(ImmutableArray<SobolIndex> Indices, double[][]? S2 = null, double[][]? S2Conf = null)
{
    /// <summary>True when the output did not vary at all: every index is 0 and says nothing.</summary>
    public bool Constant { get; init; }
}
