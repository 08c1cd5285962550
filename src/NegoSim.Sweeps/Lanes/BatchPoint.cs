using System.Collections.Immutable;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// One point of a <see cref="BatchRequest"/>: its <c>--vary</c> values (each <c>NAME=VALUE</c>) and one run per seed;
/// the runs are numbered from <see cref="FirstRun"/> on (the sweep's run indices, for its rows).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchPoint")]
public sealed record BatchPoint(
    [property: Id(0)] ImmutableArray<string> Varies,
    [property: Id(1)] ImmutableArray<ulong> Seeds,
    [property: Id(2)] long FirstRun = 0)
{
    /// <summary>The values of the varied parameters, in order: what follows the first '=' of each <c>--vary</c>.</summary>
    public string[] Values() => [.. Varies.Select(v => v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..])];
}
