namespace NegoSim.Model.Strategies;

/// <summary>
/// MiCRO (de Jonge 2022): it walks down its own ranking of the feasible outcomes, one outcome for each new (distinct)
/// offer it has received. While it has made no more offers down the ranking than it has received distinct offers, its
/// target is its next outcome in the ranking, and offering it moves it one down; otherwise it is the last outcome it
/// reached, which it offers again (MiCRO repeats one of its earlier offers at random; this one is deterministic). It
/// offers the outcome of that rank itself (without an opponent model), so outcomes of equal worth are walked through
/// one by one as MiCRO does. It accepts at its target: what it would offer next, or the least it has offered —
/// MiCRO's acceptance. A proposal made again for the same round replaces the first.
/// </summary>
public sealed record MicroStrategy : Strategy
{
    public static MicroStrategy Instance { get; } = new();

    public override string Kind => "micro";

    public override StrategyState Start() => new State();

    private sealed class State : StrategyState
    {
        private readonly HashSet<int> _received = [];
        private int _next;
        private int _round = -1;
        private int _nextAtRound;
        private int _count;

        private bool ReadyToConcede => _next <= _received.Count;

        public override int? Rank => Math.Clamp(ReadyToConcede ? _next : _next - 1, 0, Math.Max(0, _count - 1));

        public override double Target(double time, TargetBounds bounds)
        {
            var ranking = bounds.Ranking;
            _count = ranking.Count;
            return ranking.Count == 0 ? bounds.Reservation : ranking.WorthAt(Rank!.Value);
        }

        public override void Proposing(int round)
        {
            if (round == _round)
            {
                _next = _nextAtRound;
                return;
            }

            (_round, _nextAtRound) = (round, _next);
        }

        public override void ObserveOffer(string proposer, int outcome, double ownUtility, TargetBounds bounds) => _received.Add(outcome);

        public override void Offered()
        {
            if (ReadyToConcede)
            {
                _next++;
            }
        }
    }
}
