using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="VoteRequest"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.voteRequest")]
public readonly record struct VoteRequestSurrogate(
    [property: Id(0)] int Deal,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] int Stage,
    [property: Id(3)] ulong Truth);
