using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>How a <see cref="Proposal"/> of the model travels between silos (the model itself knows nothing of Orleans).</summary>
[GenerateSerializer, Immutable, Alias("negosim.proposal")]
public readonly record struct ProposalSurrogate(
    [property: Id(0)] int Round,
    [property: Id(1)] string Proposer,
    [property: Id(2)] int Outcome,
    [property: Id(3)] double Target);
