namespace NegoSim.Classroom.Grains;

/// <summary>A student's seat, keyed by its token; it acts at its table for its own seat only.</summary>
public sealed class SeatGrain([PersistentState("seat", ClassroomStorage.Name)] IPersistentState<SeatState> state) : Grain, ISeatGrain
{
    public Task Take(SeatTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        state.State.Ticket = ticket;
        return state.WriteStateAsync();
    }

    public Task<SeatTicket?> Ticket() => Task.FromResult(state.State.Ticket);

    public Task<ActResult> Act(SeatAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return state.State.Ticket is { } ticket
            ? GrainFactory.GetGrain<ITableGrain>(ticket.TableKey).Act(ticket.Seat, action)
            : Task.FromResult(new ActResult("no seat has this token."));
    }

    public async Task Close()
    {
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
