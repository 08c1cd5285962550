using System.Collections.Immutable;

namespace NegoSim.Sweeps.Discovery;

/// <summary>A leaf of a classification tree as a box: its restrictions, the share of all cases it holds (coverage), the share of its points that are cases (density), the share of all points (mass).</summary>
public sealed record CartLeaf(ImmutableArray<PrimLimit> Box, double Coverage, double Density, double Mass, int Points, int Cases);
