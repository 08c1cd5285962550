using System.Collections.Immutable;
using NegoSim.Model.Ratification;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="RatificationVote"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.ratificationVote")]
public readonly record struct RatificationVoteSurrogate(
    [property: Id(0)] string Ratifier,
    [property: Id(1)] string Ratifies,
    [property: Id(2)] int Threshold,
    [property: Id(3)] int Yes,
    [property: Id(4)] int No,
    [property: Id(5)] ImmutableArray<FactionVote> Factions,
    [property: Id(6)] int Round,
    [property: Id(7)] int Abstain,
    [property: Id(8)] int Quorum);
