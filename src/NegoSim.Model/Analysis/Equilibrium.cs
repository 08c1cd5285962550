using System.Collections.Immutable;

namespace NegoSim.Model.Analysis;

/// <summary>
/// The subgame-perfect agreement of the finite alternating-offers game and the round it is reached in, and each
/// negotiator's expected utility in it (discounted to round 1; with a random proposer, before the draws — the
/// agreement is then the one reached when the likeliest proposer is recognised).
/// </summary>
public sealed record Equilibrium(UtilityPoint Agreement, int Round, ImmutableArray<double> Expected);
