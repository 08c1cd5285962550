using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Sweeps.Lanes;

/// <summary>
/// The runs of a <see cref="BatchRequest"/>, point by point in the order of its seeds: for each, what a sweep keeps of
/// it, or (null) the one-line error that stopped it; or, when the request asked for rows, empty lists and
/// <see cref="Rows"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchResult")]
public sealed record BatchResult(
    [property: Id(0)] ImmutableArray<RunSummary?> Results,
    [property: Id(1)] ImmutableArray<string?> Errors,
    [property: Id(2)] BatchRows? Rows = null);
