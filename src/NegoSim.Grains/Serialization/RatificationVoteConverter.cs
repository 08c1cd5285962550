using NegoSim.Model.Ratification;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="RatificationVote"/> into its <see cref="RatificationVoteSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class RatificationVoteConverter : IConverter<RatificationVote, RatificationVoteSurrogate>
{
    public RatificationVote ConvertFromSurrogate(in RatificationVoteSurrogate surrogate) => new(surrogate.Ratifier, surrogate.Ratifies, surrogate.Threshold, surrogate.Yes, surrogate.No, surrogate.Factions, surrogate.Round, surrogate.Abstain, surrogate.Quorum);

    public RatificationVoteSurrogate ConvertToSurrogate(in RatificationVote value) => new(value.Ratifier, value.Ratifies, value.Threshold, value.Yes, value.No, value.Factions, value.Round, value.Abstain, value.Quorum);
}
