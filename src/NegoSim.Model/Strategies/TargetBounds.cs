namespace NegoSim.Model.Strategies;

/// <summary>
/// The range a target lives in: the reservation r and u_max, the best utility in the negotiator's feasible set; and
/// the feasible outcomes' ranking, for a strategy that walks down it.
/// </summary>
public readonly record struct TargetBounds(double Reservation, double BestFeasible, OwnRanking Ranking = default);
