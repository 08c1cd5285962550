namespace NegoSim.Model.Strategies;

/// <summary>
/// Starts at u_max and concedes, in its own utility, exactly as much as a counterpart's latest offer conceded
/// (how much better that offer is for it than the same counterpart's previous offer); never below r.
/// </summary>
public sealed record TitForTatStrategy : Strategy
{
    public static TitForTatStrategy Instance { get; } = new();

    public override string Kind => "tit-for-tat";

    public override StrategyState Start() => new State();

    private sealed class State : StrategyState
    {
        private readonly Dictionary<string, double> _lastOffer = [];
        private double _conceded;

        public override double Target(double time, TargetBounds bounds) =>
            Math.Max(bounds.Reservation, bounds.BestFeasible - _conceded);

        public override void ObserveOffer(string proposer, double ownUtility, TargetBounds bounds)
        {
            if (_lastOffer.TryGetValue(proposer, out var previous) && ownUtility > previous)
            {
                _conceded += ownUtility - previous;
            }

            _lastOffer[proposer] = ownUtility;
        }
    }
}
