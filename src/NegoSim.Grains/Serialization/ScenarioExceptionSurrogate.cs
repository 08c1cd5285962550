using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="ScenarioException"/> travels back to the caller, so that it reads there as it was thrown.</summary>
[GenerateSerializer, Immutable, Alias("negosim.scenarioException")]
public readonly record struct ScenarioExceptionSurrogate(
    [property: Id(0)] string Location,
    [property: Id(1)] string Path,
    [property: Id(2)] string Problem);
