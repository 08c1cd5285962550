namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// One box of PRIM's peeling (and pasting) trajectory: the share of all cases of interest inside it (coverage), the
/// share of its points that are cases of interest (density), the share of all points inside it (mass), how many
/// dimensions it restricts, its points and its cases of interest.
/// </summary>
public sealed record PrimStep(int Index, double Coverage, double Density, double Mass, int RestrictedDimensions, int Points, int Cases);
