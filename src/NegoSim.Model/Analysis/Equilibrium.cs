namespace NegoSim.Model.Analysis;

/// <summary>The subgame-perfect agreement of the finite alternating-offers game, and the round it is reached in.</summary>
public sealed record Equilibrium(UtilityPoint Agreement, int Round);
