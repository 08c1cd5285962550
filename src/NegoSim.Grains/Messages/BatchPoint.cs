using System.Collections.Immutable;

namespace NegoSim.Grains.Messages;

/// <summary>One point of a <see cref="BatchRequest"/>: its <c>--vary</c> values (each <c>NAME=VALUE</c>) and one run per seed.</summary>
[GenerateSerializer, Immutable, Alias("negosim.batchPoint")]
public sealed record BatchPoint(
    [property: Id(0)] ImmutableArray<string> Varies,
    [property: Id(1)] ImmutableArray<ulong> Seeds);
