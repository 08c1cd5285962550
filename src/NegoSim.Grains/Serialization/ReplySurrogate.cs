using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="Reply"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.reply")]
public readonly record struct ReplySurrogate(
    [property: Id(0)] Response Response,
    [property: Id(1)] Proposal? Counter);
