using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Messages;

/// <summary>
/// The runs of a <see cref="BatchRequest"/>, in the order of its seeds: for each, its result, or (null result) the
/// one-line error that stopped it.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchResult")]
public sealed record BatchResult(
    [property: Id(0)] ImmutableArray<NegotiationResult?> Results,
    [property: Id(1)] ImmutableArray<string?> Errors);
