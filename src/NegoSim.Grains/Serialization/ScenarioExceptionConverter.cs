using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="ScenarioException"/> into its <see cref="ScenarioExceptionSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ScenarioExceptionConverter : IConverter<ScenarioException, ScenarioExceptionSurrogate>
{
    public ScenarioException ConvertFromSurrogate(in ScenarioExceptionSurrogate surrogate) => new(surrogate.Location, surrogate.Path, surrogate.Problem);

    public ScenarioExceptionSurrogate ConvertToSurrogate(in ScenarioException value) => new(value.Location, value.Path, value.Problem);
}
