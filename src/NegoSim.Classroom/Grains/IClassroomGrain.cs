using Orleans.Concurrency;

namespace NegoSim.Classroom.Grains;

/// <summary>
/// A classroom, keyed by its join code: it seats students at tables (<see cref="SeatPlan"/>), starts tables, passes
/// the teacher's controls to its tables, and keeps every table's latest snapshot for the teacher.
/// </summary>
[Alias("negosim.IClassroomGrain")]
public interface IClassroomGrain : IGrainWithStringKey
{
    /// <summary>Opens the classroom and adds it to the register; a problem in words if it is open already or the register is full.</summary>
    [Alias("Open")]
    Task<string?> Open(ClassroomOpening opening);

    /// <summary>How the classroom was opened, or null when no classroom has this code.</summary>
    [Alias("Opening"), AlwaysInterleave]
    Task<ClassroomOpening?> Opening();

    /// <summary>
    /// Seats students who joined at one moment, each in turn as if alone: at the first table that has the seat asked
    /// for free (any seat, without a wish), opening a new table if none has; or at the table asked for, if it has not
    /// started and has the seat free (else a problem in words that names the tables that could take the student).
    /// They are stored together: one write for the moment, not one per student (<see cref="JoinLine"/>).
    /// </summary>
    [Alias("Join")]
    Task<JoinResult[]> Join(JoinRequest[] requests);

    /// <summary>Starts every table that has a student and has not started.</summary>
    [Alias("StartAll")]
    Task StartAll();

    /// <summary>Ends table <paramref name="table"/> now: the computer plays every student's seat to the end; a problem in words when there is no such table.</summary>
    [Alias("Finish")]
    Task<string?> Finish(int table);

    /// <summary>Hands a student's seat to the computer, or gives it back; a problem in words when there is no such seat.</summary>
    [Alias("Hand")]
    Task<string?> Hand(int table, string seat, bool toComputer);

    /// <summary>
    /// Moves the student at <paramref name="seat"/> of <paramref name="table"/> to <paramref name="toSeat"/> (any free
    /// seat when null) of <paramref name="toTable"/> (a table that has not started, or the next new one); both tables
    /// must not have started. The student keeps their link; a full table starts. The moved ticket, or a problem in words.
    /// </summary>
    [Alias("Move")]
    Task<JoinResult> Move(int table, string seat, int toTable, string? toSeat);

    /// <summary>
    /// A new token for the student at <paramref name="seat"/> of <paramref name="table"/> (who lost the link); the old
    /// token stops working. A problem in words when no student sits there.
    /// </summary>
    [Alias("Reissue")]
    Task<JoinResult> Reissue(int table, string seat);

    /// <summary>
    /// A student who lost their link asks for the seat of the student of that name (case and spacing aside); the
    /// teacher answers. The request, or a problem in words when nobody has that name.
    /// </summary>
    [Alias("AskToRejoin")]
    Task<(RejoinRequest? Request, string? Problem)> AskToRejoin(string student);

    /// <summary>The ticket of the seat <paramref name="token"/> names, or null when it names none (or no longer does).</summary>
    [Alias("TicketOf"), AlwaysInterleave]
    Task<SeatTicket?> TicketOf(string token);

    /// <summary>Where a request for a seat back stands, or null when there is no such request.</summary>
    [Alias("Rejoin"), AlwaysInterleave]
    Task<RejoinRequest?> Rejoin(string id);

    /// <summary>The teacher gives the seat back (a new link; the old one stops) or refuses; a problem in words when there is no such request waiting.</summary>
    [Alias("Answer")]
    Task<string?> Answer(string id, bool approve);

    /// <summary>Deletes the classroom: its tables, seats and entry in the register.</summary>
    [Alias("Close")]
    Task Close();

    /// <summary>The class as soon as its version differs from <paramref name="seen"/>, or as it is after <paramref name="wait"/>.</summary>
    [Alias("Watch"), AlwaysInterleave]
    Task<ClassSnapshot> Watch(long seen, TimeSpan wait);

    /// <summary>A table tells its classroom what changed (one way: a table never waits for its classroom).</summary>
    [Alias("TableChanged"), OneWay]
    Task TableChanged(TableSnapshot snapshot);
}
