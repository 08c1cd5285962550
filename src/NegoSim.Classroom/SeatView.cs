using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>
/// A table as one student sees it: the seats, the offers with what each is worth to this seat only, whose move it
/// is (with the seconds left before the computer moves, under a timer), the deal signed and, at the end, the outcome
/// with what everyone ends with and the vote. <see cref="Computer"/>: the teacher handed this seat to the computer;
/// <see cref="ComputerMoves"/>: the moves the computer made for this seat.
/// </summary>
public sealed record SeatView(
    long Version,
    string Classroom,
    int Table,
    string Seat,
    string Student,
    string Kind,
    string Party,
    string Phase,
    int Round,
    int Deadline,
    double Reservation,
    IReadOnlyList<SeatHolderView> Seats,
    TurnView? YourTurn,
    IReadOnlyList<string> WaitingFor,
    IReadOnlyList<OfferView> Offers,
    IReadOnlyDictionary<string, object>? Signed,
    double? SignedWorth,
    OutcomeReport? Outcome,
    string? Headline,
    string? Problem,
    bool Computer,
    IReadOnlyList<string> ComputerMoves)
{
    public static SeatView From(CompiledScenario file, SeatPlan plan, SeatTicket ticket, TableSnapshot table)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(table);
        var s = file.Scenario;

        // An observer sees what every seat sees (the offers, the answers, the signed deal, the outcome), never a worth.
        var observer = ticket.Seat == SeatPlan.Observer;
        Func<int, double>? worth = observer ? null : WorthTo(file, ticket.Seat, table.Stage);
        var reservation = observer ? 0 : ReservationOf(file, ticket.Seat, table.Stage);
        var turn = observer ? null : table.Awaiting.FirstOrDefault(t => t.Seat == ticket.Seat);
        var faction = plan.IsFaction(ticket.Seat);
        return new SeatView(
            table.Version,
            table.Classroom,
            table.Table,
            ticket.Seat,
            ticket.Student,
            observer ? SeatPlan.Observer : faction ? "faction" : "negotiator",
            observer ? "" : faction ? ticket.Seat[..ticket.Seat.IndexOf('/', StringComparison.Ordinal)] : ticket.Seat,
            PhaseName(table.Phase),
            RoundOf(table),
            s.Protocol.Deadline,
            Numbers.Rounded(reservation),
            [.. plan.Seats.Select(seat => SeatHolderView.Of(table, seat))],
            turn is null ? null : new TurnView(
                KindName(turn.Kind),
                turn.Round,
                DealText.Map(s.Space, turn.Outcome),
                turn.Outcome < 0 ? null : Numbers.Rounded(worth!(turn.Outcome)),
                turn.Due is { } due ? Math.Max(0, (int)Math.Ceiling((due - DateTime.UtcNow).TotalSeconds)) : null,
                turn.Kind == TurnKind.Respond && !faction ? DraftView.Of(file, ticket.Seat, table.Stage, turn.Outcome) : null),
            [.. table.Awaiting.Where(t => t.Seat != ticket.Seat).Select(Waiting)],
            [.. table.Rounds.Select(r => Offer(s, r, worth, ticket.Seat))],
            table.SignedDeal < 0 ? null : DealText.Map(s.Space, table.SignedDeal),
            table.SignedDeal < 0 || worth is null ? null : Numbers.Rounded(worth(table.SignedDeal)),
            table.Result is { } result ? OutcomeOf(s, result, TableEnding.Utilities(file, result, table.Stage)) : null,
            table.Result is { } ended ? TranscriptWriter.Headline(s, ended) : null,
            table.Problem,
            table.IsComputer(ticket.Seat),
            table.ComputerMoves.IsDefault ? [] : [.. table.ComputerMoves.Where(m => m.Seat == ticket.Seat).Select(m => Moved(s, m.Action))]);
    }

    /// <summary>A move's kind as the API names it: propose, accept, reject, vote-yes, vote-no.</summary>
    public static string ActionName(ActionKind kind) => kind switch
    {
        ActionKind.Propose => "propose",
        ActionKind.Accept => "accept",
        ActionKind.Reject => "reject",
        ActionKind.VoteYes => "vote-yes",
        _ => "vote-no",
    };

    /// <summary>"proposed in round 3", "rejected the offer of round 4", "voted yes".</summary>
    private static string Moved(Scenario s, SeatAction action) => action.Kind switch
    {
        ActionKind.Propose => $"proposed {DealText.Inline(s.Space, action.Outcome)} in round {action.Round}",
        ActionKind.Accept => $"accepted the offer of round {action.Round}",
        ActionKind.Reject => $"rejected the offer of round {action.Round}",
        ActionKind.VoteYes => "voted yes",
        _ => "voted no",
    };

    /// <summary>The round in play: the last one offered in, or the one a student is asked to move in; 1 once started.</summary>
    public static int RoundOf(TableSnapshot table) =>
        table.Phase == TablePhase.Seating ? 0 : Math.Max(1, Math.Max(table.Rounds.IsEmpty ? 0 : table.Rounds[^1].Round, table.Awaiting.Select(t => t.Round).DefaultIfEmpty(0).Max()));

    /// <summary>
    /// An offer with its worth to <paramref name="seat"/> and the answers: the seat's own verdict in full, anyone
    /// else's only as accept or reject (a strategy's "below-reservation" against "below-target" would tell a student
    /// where the other side's reservation lies).
    /// </summary>
    public static OfferView Offer(Scenario s, RoundRecord r, Func<int, double>? worth, string seat) => new(
        r.Round,
        r.Proposer,
        DealText.Map(s.Space, r.Offer),
        r.Offer < 0 || worth is null ? null : Numbers.Rounded(worth(r.Offer)),
        [.. r.Responses.Select(a => new AnswerView(a.Responder, a.Accepted, a.Responder == seat ? AlternatingOffers.VerdictName(a.Verdict) : a.Accepted ? "accept" : "reject"))]);

    /// <summary>The outcome with what each negotiator ends with (<paramref name="ending"/>: the reservations when voted down).</summary>
    public static OutcomeReport OutcomeOf(Scenario s, NegotiationResult result, IReadOnlyList<double> ending) => new(
        result.Status.Name(),
        result.IsSigned ? result.Round : null,
        DealText.Map(s.Space, result.Deal),
        OutcomeReport.PerNegotiator(s, ending),
        OutcomeReport.PerNegotiator(s, TableEnding.Holds(result) ? result.DiscountedUtilities : ending),
        RatificationReport.From(s, result),
        [.. result.Votes.Select(v => VoteReport.From(v))],
        null,
        null);

    /// <summary>What a deal is worth to a seat (a negotiator's utility, or a faction's) at a stage of the timeline.</summary>
    public static Func<int, double> WorthTo(CompiledScenario file, string seat, int stage) => PreferencesOf(file, seat, stage).Worth;

    public static double ReservationOf(CompiledScenario file, string seat, int stage) => PreferencesOf(file, seat, stage).Reservation;

    /// <summary>A seat's utility and reservation: a negotiator's, or (for <c>ratifier/faction</c>) a faction's.</summary>
    private static (Func<int, double> Worth, double Reservation) PreferencesOf(CompiledScenario file, string seat, int stage)
    {
        var at = file.Tables.Stage(stage);
        var slash = seat.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            var negotiator = at.Negotiators[at.IndexOfNegotiator(seat)];
            return (negotiator.Utility.Evaluate, negotiator.Reservation);
        }

        var faction = at.Ratifiers[at.IndexOfRatifier(seat[..slash])].Factions.Single(f => f.Name == seat[(slash + 1)..]);
        return (faction.Utility.Evaluate, faction.Reservation);
    }

    public static string PhaseName(TablePhase phase) => phase switch
    {
        TablePhase.Seating => "seating",
        TablePhase.Negotiating => "negotiating",
        TablePhase.Ratifying => "ratifying",
        _ => "ended",
    };

    private static string KindName(TurnKind kind) => kind switch
    {
        TurnKind.Propose => "propose",
        TurnKind.Respond => "respond",
        _ => "vote",
    };

    /// <summary>"kyiv to propose in round 3".</summary>
    public static string Waiting(Turn turn) => turn.Kind switch
    {
        TurnKind.Propose => $"{turn.Seat} to propose in round {turn.Round}",
        TurnKind.Respond => $"{turn.Seat} to answer the offer of round {turn.Round}",
        _ => $"{turn.Seat} to vote",
    };
}
