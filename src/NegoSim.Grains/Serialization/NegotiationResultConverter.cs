using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="NegotiationResult"/> into its <see cref="NegotiationResultSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class NegotiationResultConverter : IConverter<NegotiationResult, NegotiationResultSurrogate>
{
    public NegotiationResult ConvertFromSurrogate(in NegotiationResultSurrogate surrogate) => new(surrogate.Seed, (OutcomeStatus)surrogate.Status, surrogate.Round, surrogate.Deal, surrogate.Utilities, surrogate.DiscountedUtilities, surrogate.RatificationRequired, surrogate.Votes, surrogate.Rounds);

    public NegotiationResultSurrogate ConvertToSurrogate(in NegotiationResult value) => new(value.Seed, (int)value.Status, value.Round, value.Deal, value.Utilities, value.DiscountedUtilities, value.RatificationRequired, value.Votes, value.Rounds);
}
