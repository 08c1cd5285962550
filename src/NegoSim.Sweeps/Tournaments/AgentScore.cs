namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// How an agent did over every negotiation it played, in either role: its own utility, how often it agreed, the
/// welfare, the distances to the Pareto frontier and the Nash point, and the rounds to agreement (agreements only).
/// </summary>
public sealed record AgentScore(
    string Agent,
    Estimate Utility,
    Estimate Agreement,
    Estimate Welfare,
    Estimate ParetoDistance,
    Estimate NashDistance,
    Estimate Rounds);
