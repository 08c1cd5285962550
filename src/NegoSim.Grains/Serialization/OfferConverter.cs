using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="Offer"/> into its <see cref="OfferSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class OfferConverter : IConverter<Offer, OfferSurrogate>
{
    public Offer ConvertFromSurrogate(in OfferSurrogate surrogate) => new(surrogate.Round, surrogate.Time, surrogate.Proposer, surrogate.Outcome);

    public OfferSurrogate ConvertToSurrogate(in Offer value) => new(value.Round, value.Time, value.Proposer, value.Outcome);
}
