using NegoSim.Classroom.Grains;

namespace NegoSim.Classroom.Tests.Grains;

/// <summary>Waits on a table grain's own change notice (no sleeping) until its snapshot shows what a test expects.</summary>
internal static class Tables
{
    public static async Task<TableSnapshot> Until(ITableGrain table, Func<TableSnapshot, bool> shows)
    {
        var snapshot = await table.Snapshot();
        for (var changes = 0; !shows(snapshot); changes++)
        {
            Assert.True(changes < 200, $"the table never showed what was expected; it is {snapshot.Phase}, waiting for [{string.Join(", ", snapshot.Awaiting)}]{snapshot.Problem}");
            snapshot = await table.Watch(snapshot.Version, TimeSpan.FromSeconds(10));
        }

        return snapshot;
    }

    public static Task<TableSnapshot> Awaiting(ITableGrain table, string seat, TurnKind kind) =>
        Until(table, s => s.Awaiting.Any(t => t.Seat == seat && t.Kind == kind));

    public static Task<TableSnapshot> Ended(ITableGrain table) => Until(table, s => s.Phase == TablePhase.Ended);
}
