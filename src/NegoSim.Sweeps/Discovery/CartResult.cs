using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>A classification tree's leaves, in the tree's order (left before right), and the leaf chosen (the largest coverage at the threshold's density, else the densest).</summary>
public sealed record CartResult(ImmutableArray<CartLeaf> Leaves, int Chosen, int Points, int Cases, double Threshold)
{
    public CartLeaf ChosenLeaf => Leaves[Chosen];
}
