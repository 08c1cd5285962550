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
    private TargetBounds BoundsIn(int round) => new(_tables.Self.Reservation, Worth(_tables.BestFeasible, round));

    /// <summary>Takes its situation at a new stage (an event changed the parties). A changed strategy starts afresh; otherwise its state carries on.</summary>
    public void Update(NegotiatorTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Self.Strategy != _tables.Self.Strategy)
        {
            _strategy = tables.Self.Strategy.Start();
        }

        _tables = tables;
    }

    /// <summary>Its target τ in round <paramref name="round"/> at time <paramref name="time"/>, as a worth in that round.</summary>
    public double Target(int round, double time)
    {
        var bounds = BoundsIn(round);
        return Math.Min(bounds.BestFeasible, _strategy.Target(time, bounds));
    }

    public Proposal Propose(ProposeRequest request)
    {
        var target = Target(request.Round, request.Time);
        return new Proposal(request.Round, Name, ChooseOffer(target, request.Round), target);
    }

    public Response Respond(Offer offer)
    {
        var worth = Worth(_tables.Own[offer.Outcome], offer.Round);
        _strategy.ObserveOffer(offer.Proposer, worth, BoundsIn(offer.Round));
        var target = Target(offer.Round, offer.Time);
        var verdict = worth < _tables.Self.Reservation - Tolerance.Utility ? Verdict.BelowReservation
            : _tables.Constraint?.Blocks(offer.Outcome) == true ? Verdict.RatifierWouldRefuse
            : worth < target - Tolerance.Utility ? Verdict.BelowTarget
            : Verdict.Accept;
        return new Response(Name, verdict, worth, target);
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
        var own = _tables.Own;
        var order = _tables.ByOwnUtility;
        var count = _tables.FeasibleCount;
        var last = -1;
        for (var i = 0; i < count && own[order[i]] >= floor - Tolerance.Utility; i++)
        {
            last = i;
        }

        if (last < 0)
        {
            return -1;
        }

        // Equal own utilities are in canonical order: go back to the first of them.
        var first = last;
        while (first > 0 && own[order[first - 1]] == own[order[last]])
        {
            first--;
        }

        return order[first];
    }

    private int BestForOthers(double floor)
    {
        var own = _tables.Own;
        var others = _tables.Others;
        var best = -1;
        var bestOthers = double.NegativeInfinity;
        var order = _tables.ByOwnUtility;
        var count = _tables.FeasibleCount;
        for (var i = 0; i < count; i++)
        {
            var outcome = order[i];
            if (own[outcome] < floor - Tolerance.Utility)
            {
                break;
            }

            // Sorted by own utility (descending) then canonical order, so only a strictly better score for the others wins.
            if (others[outcome] > bestOthers + Tolerance.Utility)
            {
                best = outcome;
                bestOthers = others[outcome];
            }
        }

        return best;
    }
}
