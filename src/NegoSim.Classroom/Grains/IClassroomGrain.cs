using Orleans.Concurrency;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A classroom, keyed by its join code: it seats students at tables (<see cref="SeatPlan"/>), starts tables, and keeps
/// every table's latest snapshot for the teacher.
/// </summary>
[Alias("negosim.IClassroomGrain")]
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>Opens the classroom; a problem in words if it is open already.</summary>
    [Alias("Open")]
    Task<string?> Open(ClassroomOpening opening);

    [Alias("IsTeacher"), AlwaysInterleave]
    Task<bool> IsTeacher(string teacherKey);

    /// <summary>Seats a student at the first table that has the seat asked for free (any seat, without a wish), opening a new table if none has.</summary>
    [Alias("Join")]
    Task<JoinResult> Join(JoinRequest request);

    /// <summary>Starts every table that has a student and has not started.</summary>
    [Alias("StartAll")]
    Task StartAll();

    /// <summary>The class as soon as its version differs from <paramref name="seen"/>, or as it is after <paramref name="wait"/>.</summary>
    [Alias("Watch"), AlwaysInterleave]
    Task<ClassSnapshot> Watch(long seen, TimeSpan wait);

    /// <summary>A table tells its classroom what changed (one way: a table never waits for its classroom).</summary>
    [Alias("TableChanged"), OneWay]
    Task TableChanged(TableSnapshot snapshot);
}
