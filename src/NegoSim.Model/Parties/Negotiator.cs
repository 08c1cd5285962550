using NegoSim.Model.Protocol;
using NegoSim.Model.Strategies;

namespace NegoSim.Model.Parties;

/// <summary>
/// A negotiator at work. Its feasible set is every outcome worth at least its reservation that, if it anticipates
/// ratification, its ratifier would not refuse. It offers, among feasible outcomes worth at least its target τ, the one
/// best for the others by its opponent model (ties: higher own utility, then canonical order), and accepts an offer
/// that is feasible and worth at least τ.
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

    private TargetBounds Bounds => new(_tables.Self.Reservation, _tables.BestFeasible);

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

    public double Target(double time) => Math.Min(_tables.BestFeasible, _strategy.Target(time, Bounds));

    public Proposal Propose(ProposeRequest request)
    {
        var target = Target(request.Time);
        return new Proposal(request.Round, Name, ChooseOffer(target), target);
    }

    public Response Respond(Offer offer)
    {
        var utility = _tables.Own[offer.Outcome];
        _strategy.ObserveOffer(offer.Proposer, utility, Bounds);
        var target = Target(offer.Time);
        var verdict = utility < _tables.Self.Reservation - Tolerance.Utility ? Verdict.BelowReservation
            : _tables.Constraint?.Blocks(offer.Outcome) == true ? Verdict.RatifierWouldRefuse
            : utility < target - Tolerance.Utility ? Verdict.BelowTarget
            : Verdict.Accept;
        return new Response(Name, verdict, utility, target);
    }

    private int ChooseOffer(double target)
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
            if (own[outcome] < target - Tolerance.Utility)
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
