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

    /// <summary>Hears that its negotiator has just made an offer at the target it gave.</summary>
    public virtual void Offered()
    {
    }
}
