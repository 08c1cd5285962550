namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student's seat, keyed by its token; it acts at its table for its own seat only. Its ticket is the one it was
/// given (a moved student's, a reissued link's), else its classroom's, asked for once when the grain activates: a
/// class that joins at once is stored in the classroom's one write (<see cref="SeatToken"/>).
/// </summary>
public sealed class SeatGrain([PersistentState("seat", ClassroomStorage.Name)] IPersistentState<SeatState> state) : Grain, ISeatGrain
{
    private SeatTicket? _classroomTicket;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Ticket is null && SeatToken.Classroom(this.GetPrimaryKeyString()) is { } classroom)
        {
            _classroomTicket = await GrainFactory.GetGrain<IClassroomGrain>(classroom).TicketOf(this.GetPrimaryKeyString());
        }
    }

    public Task Take(SeatTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        state.State.Ticket = ticket;
        return state.WriteStateAsync();
    }

    public Task<SeatTicket?> Ticket() => Task.FromResult(Current);

    public Task<ActResult> Act(SeatAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Current is { } ticket
            ? GrainFactory.GetGrain<ITableGrain>(ticket.TableKey).Act(ticket.Seat, action)
            : Task.FromResult(new ActResult("no seat has this token."));
    }

    public async Task Close()
    {
        _classroomTicket = null;
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    private SeatTicket? Current => state.State.Ticket ?? _classroomTicket;
}
