using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="Offer"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.offer")]
public readonly record struct OfferSurrogate(
    [property: Id(0)] int Round,
    [property: Id(1)] double Time,
    [property: Id(2)] string Proposer,
    [property: Id(3)] int Outcome);
