using NegoSim.Model.Ratification;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="FactionVote"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.factionVote")]
public readonly record struct FactionVoteSurrogate(
    [property: Id(0)] string Name,
    [property: Id(1)] int Seats,
    [property: Id(2)] double Utility,
    [property: Id(3)] double Reservation,
    [property: Id(4)] bool Line,
    [property: Id(5)] int Yes,
    [property: Id(6)] int No,
    [property: Id(7)] int Abstain);
