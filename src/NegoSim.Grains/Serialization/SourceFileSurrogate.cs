using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="SourceFile"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.sourceFile")]
public readonly record struct SourceFileSurrogate(
    [property: Id(0)] string Path,
    [property: Id(1)] string Name,
    [property: Id(2)] string Text);
