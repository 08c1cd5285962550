using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="Response"/> into its <see cref="ResponseSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ResponseConverter : IConverter<Response, ResponseSurrogate>
{
    public Response ConvertFromSurrogate(in ResponseSurrogate surrogate) => new(surrogate.Responder, (Verdict)surrogate.Verdict, surrogate.Utility, surrogate.Target);

    public ResponseSurrogate ConvertToSurrogate(in Response value) => new(value.Responder, (int)value.Verdict, value.Utility, value.Target);
}
