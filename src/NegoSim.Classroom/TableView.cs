using NegoSim.Classroom.Grains;
using NegoSim.Model.Protocol;
using NegoSim.Reports;
using NegoSim.Reports.Json;

namespace NegoSim.Classroom;

/// <summary>
/// One table as the teacher sees it: who sits where (and which students' seats the computer plays), who watches it,
/// how far it is, and how it ended: the deal and round, what each negotiator ends with (the reservation when there was
/// no deal or it was voted down), how far that is from the Nash point and from the Pareto frontier, and each vote by
/// faction.
/// </summary>
public sealed record TableView(
    int Table,
    string Phase,
    IReadOnlyList<SeatHolderView> Seats,
    IReadOnlyList<string> Observers,
    int Round,
    string? LastOffer,
    IReadOnlyList<string> WaitingFor,
    string? Status,
    string? Deal,
    int? SignedRound,
    IReadOnlyDictionary<string, double>? Utilities,
    double? NashDistance,
    double? ParetoDistance,
    IReadOnlyList<TallyView> Votes,
    string? Problem)
{
    /// <param name="served">The classroom's scenario.</param>
    /// <param name="table">The table.</param>
    /// <param name="observers">The names of the students who watch it.</param>
    public static TableView From(ServedScenario served, TableSnapshot table, IReadOnlyList<string> observers)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(table);
        var s = served.File.Scenario;
        var ending = table.Result is { } result ? TableEnding.Utilities(served.File, result, table.Stage) : default;
        return new(
            table.Table,
            SeatView.PhaseName(table.Phase),
            [.. served.Plan.Seats.Select(seat => SeatHolderView.Of(table, seat))],
            observers,
            SeatView.RoundOf(table),
            table.Rounds.LastOrDefault(r => r.Offer >= 0) is { } last ? DealText.Inline(s.Space, last.Offer) : null,
            [.. table.Awaiting.Select(SeatView.Waiting)],
            table.Result?.Status.Name(),
            table.Result is { IsSigned: true } signed ? DealText.Inline(s.Space, signed.Deal) : null,
            table.Result is { IsSigned: true } inRound ? inRound.Round : null,
            ending.IsDefault ? null : OutcomeReport.PerNegotiator(s, ending),
            ending.IsDefault || served.Analysis.DistanceToNash(ending) is not { } nash ? null : Numbers.Rounded(nash),
            ending.IsDefault || served.Analysis.Pareto.IsEmpty ? null : Numbers.Rounded(served.Analysis.DistanceToFrontier(ending)),
            table.Result is { } voted ? [.. voted.Votes.Select(TallyView.From)] : [],
            table.Problem);
    }
}
