using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>One table as the teacher sees it: who sits where, how far it is, and how it ended.</summary>
public sealed record TableView(
    int Table,
    string Phase,
    IReadOnlyList<SeatHolderView> Seats,
    int Round,
    string? LastOffer,
    IReadOnlyList<string> WaitingFor,
    string? Status,
    string? Deal,
    IReadOnlyDictionary<string, double>? Utilities,
    string? Problem)
{
    public static TableView From(Scenario s, SeatPlan plan, TableSnapshot table) => new(
        table.Table,
        SeatView.PhaseName(table.Phase),
        [.. plan.Seats.Select(seat => new SeatHolderView(seat, table.StudentAt(seat)))],
        SeatView.RoundOf(table),
        table.Rounds.LastOrDefault(r => r.Offer >= 0) is { } last ? DealText.Inline(s.Space, last.Offer) : null,
        [.. table.Awaiting.Select(SeatView.Waiting)],
        table.Result?.Status.Name(),
        table.Result is { IsSigned: true } signed ? DealText.Inline(s.Space, signed.Deal) : null,
        table.Result is { } result ? OutcomeReport.PerNegotiator(s, result.Utilities) : null,
        table.Problem);
}
