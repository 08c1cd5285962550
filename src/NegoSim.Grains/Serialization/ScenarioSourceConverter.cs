using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="ScenarioSource"/> into its <see cref="ScenarioSourceSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ScenarioSourceConverter : IConverter<ScenarioSource, ScenarioSourceSurrogate>
{
    public ScenarioSource ConvertFromSurrogate(in ScenarioSourceSurrogate surrogate) => new(surrogate.Files, surrogate.Sets, surrogate.Varies);

    public ScenarioSourceSurrogate ConvertToSurrogate(in ScenarioSource value) => new(value.Files, value.Sets, value.Varies);
}
