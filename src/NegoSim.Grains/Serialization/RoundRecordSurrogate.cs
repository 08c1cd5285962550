using System.Collections.Immutable;
using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="RoundRecord"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.roundRecord")]
public readonly record struct RoundRecordSurrogate(
    [property: Id(0)] int Round,
    [property: Id(1)] string Proposer,
    [property: Id(2)] int Offer,
    [property: Id(3)] double Target,
    [property: Id(4)] ImmutableArray<double> Utilities,
    [property: Id(5)] ImmutableArray<Response> Responses,
    [property: Id(6)] ImmutableArray<string> Notes,
    [property: Id(7)] double Time);
