using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="ProposeRequest"/> into its <see cref="ProposeRequestSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ProposeRequestConverter : IConverter<ProposeRequest, ProposeRequestSurrogate>
{
    public ProposeRequest ConvertFromSurrogate(in ProposeRequestSurrogate surrogate) => new(surrogate.Round, surrogate.Time);

    public ProposeRequestSurrogate ConvertToSurrogate(in ProposeRequest value) => new(value.Round, value.Time);
}
