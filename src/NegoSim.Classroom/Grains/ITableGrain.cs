using Orleans.Concurrency;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// One table of a classroom, keyed <c>{classroom}/{table}</c>: it plays the scenario's negotiation with its students
/// at their seats and the scenario's strategy grains at the others. Its students' moves are kept (the classroom's
/// grain storage), so a table that is deactivated plays them back and goes on where it was.
/// </summary>
[Alias("negosim.ITableGrain")]
public interface ITableGrain : IGrainWithStringKey
{
    /// <summary>
    /// Seats students (those who joined at one moment, stored together), and starts the table with them when
    /// <paramref name="start"/> (they fill it); a problem in words, and nobody seated, when a seat is taken or the
    /// table has started.
    /// </summary>
    [Alias("Seat")]
    Task<string?> Seat(TableSeating[] seatings, bool start = false);

    /// <summary>Frees a student's seat of a table that has not started (the teacher moved the student); a problem in words once it has.</summary>
    [Alias("Unseat")]
    Task<string?> Unseat(string seat);

    /// <summary>Starts the negotiation (the strategies take the empty seats); does nothing if it has started.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>Takes a student's move if the table waits for it; else says why not and changes nothing.</summary>
    [Alias("Act")]
    Task<ActResult> Act(string seat, SeatAction action);

    /// <summary>
    /// The teacher hands a student's seat to the computer (the seat's strategy moves for it from now on, at once if the
    /// table waits for it) or gives it back.
    /// </summary>
    [Alias("Hand")]
    Task Hand(string seat, bool toComputer);

    /// <summary>
    /// The teacher ends the table now: every student's seat goes to the computer (the seat's strategy), the table
    /// starts if it had not, and the strategies play it to its end at once.
    /// </summary>
    [Alias("Finish")]
    Task Finish();

    /// <summary>Forgets the table: its state is deleted and it stops.</summary>
    [Alias("Close")]
    Task Close();

    /// <summary>The table now.</summary>
    [Alias("Snapshot"), AlwaysInterleave]
    Task<TableSnapshot> Snapshot();

    /// <summary>The table as soon as its version differs from <paramref name="seen"/>, or as it is after <paramref name="wait"/>.</summary>
    [Alias("Watch"), AlwaysInterleave]
    Task<TableSnapshot> Watch(long seen, TimeSpan wait);
}
