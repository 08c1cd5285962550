namespace NegoSim.Model.Strategies;

/// <summary>
/// Starts at u_max and mirrors a counterpart's concessions, as valued in its own utility: how much better the
/// counterpart's latest offer is for it than the same counterpart's earlier ones (<see cref="Imitation"/>); a step
/// back is not mirrored; never below r.
/// </summary>
public sealed record TitForTatStrategy : Strategy
{
    public TitForTatStrategy(Imitation imitation = Imitation.Absolute, int window = 2)
    {
        if (window < 1)
        {
            throw new ArgumentException($"window is {window}; it must be at least 1.");
        }

        Imitation = imitation;
        Window = window;
    }

    public static TitForTatStrategy Instance { get; } = new();

    public Imitation Imitation { get; }

    /// <summary>For <see cref="Imitation.Averaged"/>: over how many of the counterpart's latest offers its gains are averaged.</summary>
    public int Window { get; }

    public override string Kind => "tit-for-tat";

    public override StrategyState Start() => new State(Imitation, Window);

    private sealed class State(Imitation imitation, int window) : StrategyState
    {
        private readonly Dictionary<string, List<double>> _offers = [];
        private double _conceded;

        public override double Target(double time, TargetBounds bounds) =>
            Math.Max(bounds.Reservation, bounds.BestFeasible - _conceded);

        public override void ObserveOffer(string proposer, int outcome, double ownUtility, TargetBounds bounds)
        {
            if (!_offers.TryGetValue(proposer, out var offers))
            {
                _offers[proposer] = offers = [];
            }

            offers.Add(ownUtility);
            if (offers.Count < 2)
            {
                return;
            }

            var previous = offers[^2];
            var target = Target(0, bounds);
            _conceded += imitation switch
            {
                Imitation.Averaged => Math.Max(0, (ownUtility - offers[Math.Max(0, offers.Count - 1 - window)]) / Math.Min(window, offers.Count - 1)),
                Imitation.Relative => target - previous > 0
                    ? Math.Clamp((ownUtility - previous) / (target - previous), 0, 1) * (target - bounds.Reservation)
                    : 0,
                _ => Math.Max(0, ownUtility - previous),
            };
        }
    }
}
