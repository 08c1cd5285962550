using NegoSim.Grains.Model.Protocol;
using NegoSim.Grains.Model.Strategies;

namespace NegoSim.Grains.Model.Parties;

/// <summary>
/// A negotiator at work. Its feasible set is every outcome worth at least its reservation that, if it anticipates
/// ratification, its ratifier would not refuse. It offers, among feasible outcomes worth at least its target τ, the one
/// best for the others by its opponent model (ties: higher own utility, then canonical order), and accepts an offer
/// that is feasible and worth at least τ.
/// </summary>
public sealed class Negotiator
{
    private NegotiatorBriefing _briefing;
    private StrategyState _strategy;
    private double[] _own = [];
    private double[] _others = [];
    private bool[] _feasible = [];
    private int[] _byOwnUtility = [];

    public Negotiator(NegotiatorBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        _briefing = briefing;
        _strategy = briefing.Self.Strategy.Start();
        Prepare();
    }

    public string Name => _briefing.Self.Name;

    /// <summary>u_max: the best own utility in the feasible set (the reservation if the set is empty).</summary>
    public double BestFeasible { get; private set; }

    /// <summary>How many outcomes this negotiator could ever propose or accept.</summary>
    public int FeasibleCount => _byOwnUtility.Length;

    private TargetBounds Bounds => new(_briefing.Self.Reservation, BestFeasible);

    /// <summary>Takes a new briefing (an event changed the parties). A changed strategy starts afresh; otherwise its state carries on.</summary>
    public void Update(NegotiatorBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (briefing.Self.Strategy != _briefing.Self.Strategy)
        {
            _strategy = briefing.Self.Strategy.Start();
        }

        _briefing = briefing;
        Prepare();
    }

    public double Target(double time) => Math.Min(BestFeasible, _strategy.Target(time, Bounds));

    public double UtilityOf(int outcome) => _own[outcome];

    public Proposal Propose(ProposeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Target(request.Time);
        return new Proposal(request.Round, Name, ChooseOffer(target), target);
    }

    public Response Respond(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var utility = _own[offer.Outcome];
        _strategy.ObserveOffer(offer.Proposer, utility, Bounds);
        var target = Target(offer.Time);
        var verdict = utility < _briefing.Self.Reservation - Tolerance.Utility ? Verdict.BelowReservation
            : _briefing.Constraint?.Blocks(offer.Outcome) == true ? Verdict.RatifierWouldRefuse
            : utility < target - Tolerance.Utility ? Verdict.BelowTarget
            : Verdict.Accept;
        return new Response(Name, verdict, utility, target);
    }

    private int ChooseOffer(double target)
    {
        var best = -1;
        var bestOthers = double.NegativeInfinity;
        foreach (var outcome in _byOwnUtility)
        {
            if (_own[outcome] < target - Tolerance.Utility)
            {
                break;
            }

            // Sorted by own utility (descending) then canonical order, so only a strictly better score for the others wins.
            if (_others[outcome] > bestOthers + Tolerance.Utility)
            {
                best = outcome;
                bestOthers = _others[outcome];
            }
        }

        return best;
    }

    private void Prepare()
    {
        var self = _briefing.Self;
        _own = self.Utility.Tabulate();
        _others = new double[_own.Length];
        foreach (var opponent in _briefing.Opponents)
        {
            for (var o = 0; o < _others.Length; o++)
            {
                _others[o] += opponent.Evaluate(o);
            }
        }

        _feasible = new bool[_own.Length];
        var feasible = new List<int>();
        for (var o = 0; o < _own.Length; o++)
        {
            if (_own[o] >= self.Reservation - Tolerance.Utility && _briefing.Constraint?.Blocks(o) != true)
            {
                _feasible[o] = true;
                feasible.Add(o);
            }
        }

        var own = _own;
        feasible.Sort((a, b) => own[b].CompareTo(own[a]) is var c && c != 0 ? c : a.CompareTo(b));
        _byOwnUtility = [.. feasible];
        BestFeasible = _byOwnUtility.Length > 0 ? _own[_byOwnUtility[0]] : self.Reservation;
    }
}
