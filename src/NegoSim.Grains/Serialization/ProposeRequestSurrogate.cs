using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="ProposeRequest"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.proposeRequest")]
public readonly record struct ProposeRequestSurrogate(
    [property: Id(0)] int Round,
    [property: Id(1)] double Time);
