namespace NegoSim.Model.Strategies;

/// <summary>Never concedes: τ is always u_max.</summary>
public sealed record HardlinerStrategy : Strategy
{
    public static HardlinerStrategy Instance { get; } = new();

    public override string Kind => "hardliner";

    public override StrategyState Start() => new State();

    private sealed class State : StrategyState
    {
        public override double Target(double time, TargetBounds bounds) => bounds.BestFeasible;
    }
}
