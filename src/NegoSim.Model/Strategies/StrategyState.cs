namespace NegoSim.Model.Strategies;

/// <summary>The running state of a strategy in one negotiation: its target utility τ at each moment.</summary>
public abstract class StrategyState
{
    /// <summary>τ at normalised time <paramref name="time"/> in [0, 1], never below the reservation nor above the best feasible utility.</summary>
    public abstract double Target(double time, TargetBounds bounds);

    /// <summary>Sees an offer of <paramref name="outcome"/> another negotiator made, worth <paramref name="ownUtility"/> to this negotiator.</summary>
    public virtual void ObserveOffer(string proposer, int outcome, double ownUtility, TargetBounds bounds)
    {
    }

    /// <summary>
    /// The rank in its negotiator's own ranking of the outcome it means to offer now (0: its best), for a strategy that
    /// walks down the ranking; null for one that aims at a worth.
    /// </summary>
    public virtual int? Rank => null;

    /// <summary>
    /// Hears that its negotiator is about to propose in round <paramref name="round"/>. A second proposal for the same
    /// round replaces the first (a counter-offer made ahead and dropped when an event changed the parties).
    /// </summary>
    public virtual void Proposing(int round)
    {
    }

    /// <summary>Hears that its negotiator has just made an offer at the target it gave.</summary>
    public virtual void Offered()
    {
    }
}
