using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="VoteRequest"/> into its <see cref="VoteRequestSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class VoteRequestConverter : IConverter<VoteRequest, VoteRequestSurrogate>
{
    public VoteRequest ConvertFromSurrogate(in VoteRequestSurrogate surrogate) => new(surrogate.Deal, surrogate.Seed, surrogate.Stage, surrogate.Truth);

    public VoteRequestSurrogate ConvertToSurrogate(in VoteRequest value) => new(value.Deal, value.Seed, value.Stage, value.Truth);
}
