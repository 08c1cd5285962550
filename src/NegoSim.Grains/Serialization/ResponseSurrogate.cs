using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="Response"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.response")]
public readonly record struct ResponseSurrogate(
    [property: Id(0)] string Responder,
    [property: Id(1)] int Verdict,
    [property: Id(2)] double Utility,
    [property: Id(3)] double Target);
