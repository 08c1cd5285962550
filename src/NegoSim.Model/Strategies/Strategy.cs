namespace NegoSim.Model.Strategies;

/// <summary>A negotiator's concession strategy as the scenario gives it: immutable; <see cref="Start"/> makes the state of one run.</summary>
public abstract record Strategy
{
    /// <summary>The name a scenario file uses (<c>boulware</c>, <c>time-dependent</c>, <c>tit-for-tat</c>, …).</summary>
    public abstract string Kind { get; }

    public abstract StrategyState Start();
}
