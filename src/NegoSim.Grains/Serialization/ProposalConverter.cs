using NegoSim.Model.Protocol;

namespace NegoSim.Grains.Serialization;

/// <summary>Turns a <see cref="Proposal"/> into its <see cref="ProposalSurrogate"/> and back.</summary>
[RegisterConverter]
public sealed class ProposalConverter : IConverter<Proposal, ProposalSurrogate>
{
    public Proposal ConvertFromSurrogate(in ProposalSurrogate surrogate) => new(surrogate.Round, surrogate.Proposer, surrogate.Outcome, surrogate.Target);

    public ProposalSurrogate ConvertToSurrogate(in Proposal value) => new(value.Round, value.Proposer, value.Outcome, value.Target);
}
