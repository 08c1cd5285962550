using NegoSim.Model.Outcomes;
using NegoSim.Model.Protocol;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Parties;

/// <summary>
/// A negotiator at work. Its feasible set is every outcome worth at least its reservation that, if it anticipates
/// ratification, its ratifier would not refuse. It offers, among feasible outcomes worth at least its target τ, the one
/// best for the others (ties: higher own utility, then canonical order) — or, without an opponent model, the one
/// closest above τ in its own utility — and accepts an offer that is feasible and worth at least τ. With a discount
/// δ &lt; 1 it judges an outcome in round k by its worth then, δ^(k−1)·u, against its reservation (no agreement is
/// not discounted) and against a target whose top is the best feasible worth then, δ^(k−1)·u_max.
/// </summary>
public sealed class Negotiator
{
    private NegotiatorTables _tables;
    private StrategyState _strategy;

    // With a learning opponent model: a model per opponent, learned from the offers received, and the others' summed
    // utility as learned so far (null otherwise: the tables' own).
    private Dictionary<string, LearnedModel>? _learned;
    private double[]? _learnedOthers;

    // What BestForOthers has read of the order: where it stands, and its records: each place in the order whose
    // outcome is better for the others than every one before it, with that outcome. The best of a head is its last
    // record; records are few (a run allocated a table of one per head, a third of a sweep's memory, before).
    private int[] _recordAt = new int[16];
    private int[] _recordOutcome = new int[16];
    private int _records;
    private int _headRead;
    private double _bestOthers = double.NegativeInfinity;

    public Negotiator(NegotiatorTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
        _strategy = tables.Self.Strategy.Start();
    }

    public string Name => _tables.Self.Name;

    /// <summary>u_max: the best own utility in the feasible set (the reservation if the set is empty).</summary>
    public double BestFeasible => _tables.BestFeasible;

    /// <summary>The bounds of its target in round <paramref name="round"/>: its reservation, and its best feasible worth then.</summary>
    private TargetBounds BoundsIn(int round) =>
        new(_tables.Self.Reservation, Worth(_tables.BestFeasible, round), new OwnRanking(_tables.Own, _tables.ByOwnUtility, _tables.FeasibleCount, Worth(1, round)));

    /// <summary>Takes its situation at a new stage (an event changed the parties). A changed strategy starts afresh; otherwise its state carries on.</summary>
    public void Update(NegotiatorTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Self.Strategy != _tables.Self.Strategy)
        {
            _strategy = tables.Self.Strategy.Start();
        }

        _tables = tables;
        ForgetHeads();
    }

    /// <summary>Its target τ in round <paramref name="round"/> at time <paramref name="time"/>, as a worth in that round.</summary>
    public double Target(int round, double time)
    {
        var bounds = BoundsIn(round);
        return Math.Min(bounds.BestFeasible, _strategy.Target(time, bounds));
    }

    public Proposal Propose(ProposeRequest request)
    {
        _strategy.Proposing(request.Round);
        var target = Target(request.Round, request.Time);
        var offer = _strategy.Rank is { } rank && _tables.Self.OpponentModel == OpponentModel.None && _tables.FeasibleCount > 0
            && _tables.ByOwnUtility[Math.Min(rank, _tables.FeasibleCount - 1)] is var ranked
            && Worth(_tables.Own[ranked], request.Round) >= _tables.Self.Reservation - Tolerance.Utility
            ? ranked
            : ChooseOffer(target, request.Round);
        if (offer >= 0)
        {
            _strategy.Offered();
        }

        return new Proposal(request.Round, Name, offer, target);
    }

    public Response Respond(Offer offer)
    {
        if (LearnedModel.Learns(_tables.Self.OpponentModel))
        {
            Learn(offer);
        }

        var worth = Worth(_tables.Own[offer.Outcome], offer.Round);
        _strategy.ObserveOffer(offer.Proposer, offer.Outcome, worth, BoundsIn(offer.Round));
        var target = Target(offer.Round, offer.Time);
        var verdict = worth < _tables.Self.Reservation - Tolerance.Utility ? Verdict.BelowReservation
            : _tables.Constraint?.Blocks(offer.Outcome) == true ? Verdict.RatifierWouldRefuse
            : !Accepts(worth, target, offer) ? Verdict.BelowTarget
            : Verdict.Accept;
        return new Response(Name, verdict, worth, target);
    }

    /// <summary>Whether it accepts an offer it could sign, worth <paramref name="worth"/>, by its acceptance conditions (or its target).</summary>
    private bool Accepts(double worth, double target, Offer offer)
    {
        if (_tables.Self.Acceptance is not { } acceptance)
        {
            return worth >= target - Tolerance.Utility;
        }

        if (acceptance.Constant is { } alpha && worth >= alpha - Tolerance.Utility)
        {
            return true;
        }

        if (acceptance.Time is { } deadline && offer.Time >= deadline - Tolerance.Utility)
        {
            return true;
        }

        // AC_next: at least what its own offer would be worth to it now.
        return acceptance.Next && ChooseOffer(target, offer.Round) is var own and >= 0 && worth >= Worth(_tables.Own[own], offer.Round) - Tolerance.Utility;
    }

    /// <summary>What an outcome of utility <paramref name="utility"/> is worth signed in round <paramref name="round"/>: δ^(k−1)·u.</summary>
    private double Worth(double utility, int round) =>
        _tables.Self.Discount == 1 ? utility : utility * Math.Pow(_tables.Self.Discount, round - 1);

    private int ChooseOffer(double target, int round)
    {
        // A target worth τ in round k asks for a utility of τ/δ^(k−1); below its reservation's it is never feasible.
        var discount = Worth(1, round);
        var floor = discount == 1 ? target : Math.Max(target, _tables.Self.Reservation) / discount;
        return _tables.Self.OpponentModel == OpponentModel.None ? ClosestAbove(floor) : BestForOthers(floor);
    }

    /// <summary>The feasible outcome of least own utility at or above <paramref name="floor"/>, the first in canonical order among equals.</summary>
    private int ClosestAbove(double floor)
    {
        var last = _tables.Reaching(floor) - 1;
        if (last < 0)
        {
            return -1;
        }

        // Equal own utilities are in canonical order: go back to the first of them.
        var own = _tables.Own;
        var order = _tables.ByOwnUtility;
        var first = last;
        while (first > 0 && own[order[first - 1]] == own[order[last]])
        {
            first--;
        }

        return order[first];
    }

    /// <summary>
    /// Among the feasible outcomes at or above <paramref name="floor"/>, the best for the others: the first of them,
    /// in order, strictly better (beyond the tolerance) than every one before it.
    /// </summary>
    private int BestForOthers(double floor)
    {
        var reaching = _tables.Reaching(floor);
        if (reaching == 0)
        {
            return -1;
        }

        // The answer for a head of the order depends on that head only: the records are kept as the order is read, so
        // each round reads only the outcomes its lower floor adds.
        var others = _learnedOthers ?? _tables.Others;
        var order = _tables.ByOwnUtility;
        for (; _headRead < reaching; _headRead++)
        {
            // Straight to the next record: the outcomes between beat no record before them.
            _headRead = OrderScan.FirstAbove(others, order, _headRead, reaching, _bestOthers + Tolerance.Utility);
            if (_headRead == reaching)
            {
                break;
            }

            var outcome = order[_headRead];
            _bestOthers = others[outcome];
            if (_records == _recordAt.Length)
            {
                Array.Resize(ref _recordAt, 2 * _records);
                Array.Resize(ref _recordOutcome, 2 * _records);
            }

            _recordAt[_records] = _headRead;
            _recordOutcome[_records++] = outcome;
        }

        // The head's last record: the last of all when the head is all that was read (targets that only fall), else found by halving.
        if (_recordAt[_records - 1] < reaching)
        {
            return _recordOutcome[_records - 1];
        }

        var found = Array.BinarySearch(_recordAt, 0, _records, reaching - 1);
        return _recordOutcome[found >= 0 ? found : ~found - 1];
    }

    /// <summary>Learns from an offer received: its proposer's model, then the others' utility as now estimated.</summary>
    private void Learn(Offer offer)
    {
        var space = _tables.Self.Utility.Space;
        _learned ??= [];
        if (!_learned.TryGetValue(offer.Proposer, out var model))
        {
            _learned[offer.Proposer] = model = LearnedModel.Start(_tables.Self.OpponentModel, space);
        }

        model.Observe(offer.Outcome);
        var others = _learnedOthers ?? new double[space.Count];
        Array.Clear(others);
        foreach (var learned in _learned.Values)
        {
            learned.AddEstimates(others);
        }

        _learnedOthers = others;
        ForgetHeads();
    }

    /// <summary>Forgets the heads read for <see cref="BestForOthers"/> (their tables changed).</summary>
    private void ForgetHeads()
    {
        _headRead = 0;
        _records = 0;
        _bestOthers = double.NegativeInfinity;
    }
}
