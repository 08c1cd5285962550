using NegoSim.Classroom.Grains;
using NegoSim.Reports;

namespace NegoSim.Classroom;

/// <summary>
/// A session as JSON for grading: how it was opened, every table as the teacher sees it, and every student with each
/// move made at their seat (when, and whether the computer made it for them).
/// </summary>
public sealed record GradingExport(
    string Classroom,
    string Scenario,
    IReadOnlyList<string> Sets,
    int TableSize,
    DateTime Opened,
    int TurnSeconds,
    int VoteSeconds,
    IReadOnlyList<TableView> Tables,
    IReadOnlyList<GradingStudent> Students)
{
    public static GradingExport Of(ServedScenario served, ClassroomOpening opening, ClassSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(served);
        ArgumentNullException.ThrowIfNull(opening);
        ArgumentNullException.ThrowIfNull(snapshot);
        var space = served.File.Scenario.Space;
        var students = snapshot.Tables
            .SelectMany(t => t.Students.Select(h => new GradingStudent(
                h.Student,
                t.Table,
                h.Seat,
                t.Moves.IsDefault ? [] : [.. t.Moves.Where(m => m.Seat == h.Seat).Select(m => new GradingMove(
                    SeatView.ActionName(m.Action.Kind),
                    m.Action.Round,
                    m.Action.Kind == ActionKind.Propose ? DealText.Map(space, m.Action.Outcome) : null,
                    m.ByComputer,
                    m.At))]))).ToList();
        return new GradingExport(
            snapshot.Classroom,
            served.File.Scenario.Name,
            opening.Sets,
            opening.TableSize,
            opening.Opened,
            opening.Timers.TurnSeconds,
            opening.Timers.VoteSeconds,
            [.. snapshot.Tables.Select(t => TableView.From(served, t, ClassView.ObserversOf(snapshot, t.Table)))],
            students);
    }
}
