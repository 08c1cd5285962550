using NegoSim.Model.Ratification;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="FactionVote"/> into its <see cref="FactionVoteSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class FactionVoteConverter : IConverter<FactionVote, FactionVoteSurrogate>
{
    public FactionVote ConvertFromSurrogate(in FactionVoteSurrogate surrogate) => new(surrogate.Name, surrogate.Seats, surrogate.Utility, surrogate.Reservation, surrogate.Line, surrogate.Yes, surrogate.No, surrogate.Abstain);

    public FactionVoteSurrogate ConvertToSurrogate(in FactionVote value) => new(value.Name, value.Seats, value.Utility, value.Reservation, value.Line, value.Yes, value.No, value.Abstain);
}
