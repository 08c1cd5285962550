using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom;

/// <summary>
/// The teacher's view: every table (with its observers), how many ended each way, the class's deals by how often
/// they were reached, and the students asking for their seat back. <see cref="Students"/> counts the seated students.
/// </summary>
public sealed record ClassView(
    long Version,
    string Classroom,
    int TableSize,
    int Students,
    IReadOnlyList<TableView> Tables,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<DealCount> Deals,
    IReadOnlyList<RejoinView> Requests)
{
    public static ClassView From(ServedScenario served, ClassSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var tables = snapshot.Tables.Select(t => TableView.From(served, t, ObserversOf(snapshot, t.Table))).ToList();
        var ended = tables.Where(t => t.Status is not null).ToList();
        var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var status in ended.GroupBy(t => t.Status!))
        {
            statuses[status.Key] = status.Count();
        }

        return new ClassView(
            snapshot.Version,
            snapshot.Classroom,
            snapshot.TableSize,
            snapshot.Tables.Sum(t => t.Students.Length),
            tables,
            statuses,
            [.. ended.GroupBy(t => (Deal: t.Deal ?? "(no deal)", t.Status)).Select(g => new DealCount(g.Key.Deal, g.Key.Status!, g.Count()))
                .OrderByDescending(d => d.Tables).ThenBy(d => d.Deal, StringComparer.Ordinal)],
            snapshot.Requests.IsDefault ? [] : [.. snapshot.Requests.Select(r => new RejoinView(r.Id, r.Student, r.Table, r.Seat))]);
    }

    /// <summary>The names of the students who watch table <paramref name="table"/>, in the order they joined.</summary>
    public static IReadOnlyList<string> ObserversOf(ClassSnapshot snapshot, int table)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Observers.IsDefault ? [] : [.. snapshot.Observers.Where(o => o.Table == table).Select(o => o.Student)];
    }
}
