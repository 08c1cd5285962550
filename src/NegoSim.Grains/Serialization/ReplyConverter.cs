using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="Reply"/> into its <see cref="ReplySurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ReplyConverter : IConverter<Reply, ReplySurrogate>
{
    public Reply ConvertFromSurrogate(in ReplySurrogate surrogate) => new(surrogate.Response, surrogate.Counter);

    public ReplySurrogate ConvertToSurrogate(in Reply value) => new(value.Response, value.Counter);
}
