namespace NegoSim.Classroom.Grains;

/// <summary>A student's seat, keyed by its secret token: whoever holds the token acts for the seat, and nobody else can.</summary>
[Alias("negosim.ISeatGrain")]
public interface ISeatGrain : IGrainWithStringKey
{
    [Alias("Take")]
    Task Take(SeatTicket ticket);

    /// <summary>The seat's ticket, or null when the token names no seat (or no longer does).</summary>
    [Alias("Ticket")]
    Task<SeatTicket?> Ticket();

    /// <summary>Passes the student's move to the table, for this seat only.</summary>
    [Alias("Act")]
    Task<ActResult> Act(SeatAction action);

    /// <summary>Forgets the ticket: the token names no seat from now on.</summary>
    [Alias("Close")]
    Task Close();
}
