using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="RoundRecord"/> into its <see cref="RoundRecordSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class RoundRecordConverter : IConverter<RoundRecord, RoundRecordSurrogate>
{
    public RoundRecord ConvertFromSurrogate(in RoundRecordSurrogate surrogate) => new(surrogate.Round, surrogate.Proposer, surrogate.Offer, surrogate.Target, surrogate.Utilities, surrogate.Responses, surrogate.Notes, surrogate.Time);

    public RoundRecordSurrogate ConvertToSurrogate(in RoundRecord value) => new(value.Round, value.Proposer, value.Offer, value.Target, value.Utilities, value.Responses, value.Notes, value.Time);
}
