namespace NegoSim.Model.Protocol;

/// <summary>A proposer's answer: the outcome it offers (−1: none is feasible for it) and its target τ.</summary>
public readonly record struct Proposal(int Round, string Proposer, int Outcome, double Target)
{
    public bool HasOffer => Outcome >= 0;
}
