using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="ScenarioSource"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.scenarioSource")]
public readonly record struct ScenarioSourceSurrogate(
    [property: Id(0)] ImmutableArray<SourceFile> Files,
    [property: Id(1)] ImmutableArray<string> Sets,
    [property: Id(2)] ImmutableArray<string> Varies);
