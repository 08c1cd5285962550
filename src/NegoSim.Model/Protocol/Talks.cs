namespace NegoSim.Model.Protocol;

/// <summary>
/// One spell of talks within a run: the opening talks (rounds 1 to the deadline, played up to
/// <see cref="ProtocolSettings.LastRound"/>), or talks reopened after a rejection (<see cref="Ratification.Reopening"/>)
/// that go on numbering rounds where the run stopped but start as the talks did: the first in the protocol's order
/// proposes first, and t runs from 0 in their first round to 1 in their last.
/// </summary>
/// <param name="First">Their first round.</param>
/// <param name="Length">How many rounds their clock runs over (the deadline, for the opening talks).</param>
/// <param name="Last">Their last round played.</param>
internal readonly record struct Talks(int First, int Length, int Last)
{
    /// <summary>The time at which round <paramref name="round"/>'s offer is answered (<see cref="ProtocolSettings.TimeOf"/> on their own clock).</summary>
    public double TimeOf(int round) => Length == 1 ? 1 : (double)(round - First) / (Length - 1);

    /// <summary>The time at which round <paramref name="round"/>'s proposer makes its offer (<see cref="ProtocolSettings.ProposerTimeOf"/> on their own clock).</summary>
    public double ProposerTimeOf(int round) => Length == 1 ? 0 : TimeOf(round);
}
