using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// PRIM's answer: the trajectory of boxes from the whole data to the smallest, the box chosen (of the boxes that
/// restrict something, the one of largest coverage whose density reaches the threshold, else the densest), its
/// restrictions, and the data's counts.
/// </summary>
public sealed record PrimResult(ImmutableArray<PrimStep> Trajectory, int Chosen, ImmutableArray<PrimLimit> Box, int Points, int Cases, double Threshold)
{
    public PrimStep ChosenStep => Trajectory[Chosen];
}
