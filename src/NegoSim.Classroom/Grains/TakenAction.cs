namespace NegoSim.Classroom.Grains;

/// <summary>
/// A move a table has taken for the student at <see cref="Seat"/>: the student's own, or the seat's strategy's when
/// time ran out or the teacher handed the seat to the computer (<see cref="ByComputer"/>), taken <see cref="At"/>
/// (UTC). The log replays a table after reactivation.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.takenAction")]
public sealed record TakenAction(
    [property: Id(0)] string Seat,
    [property: Id(1)] SeatAction Action,
    [property: Id(2)] bool ByComputer = false,
    [property: Id(3)] DateTime? At = null);
