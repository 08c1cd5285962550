namespace NegoSim.Model.Strategies;

/// <summary>The running state of a strategy in one negotiation: its target utility τ at each moment.</summary>
public abstract class StrategyState
{
    /// <summary>τ at normalised time <paramref name="time"/> in [0, 1], never below the reservation nor above the best feasible utility.</summary>
    public abstract double Target(double time, TargetBounds bounds);

    /// <summary>Sees an offer another negotiator made, valued in this negotiator's own utility.</summary>
    public virtual void ObserveOffer(string proposer, double ownUtility, TargetBounds bounds)
    {
    }
}
