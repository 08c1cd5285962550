using System.Collections.Immutable;
using NegoSim.Model.Protocol;
using NegoSim.Model.Ratification;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="NegotiationResult"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.negotiationResult")]
public readonly record struct NegotiationResultSurrogate(
    [property: Id(0)] ulong Seed,
    [property: Id(1)] int Status,
    [property: Id(2)] int Round,
    [property: Id(3)] int Deal,
    [property: Id(4)] ImmutableArray<double> Utilities,
    [property: Id(5)] ImmutableArray<double> DiscountedUtilities,
    [property: Id(6)] bool RatificationRequired,
    [property: Id(7)] ImmutableArray<RatificationVote> Votes,
    [property: Id(8)] ImmutableArray<RoundRecord> Rounds);
