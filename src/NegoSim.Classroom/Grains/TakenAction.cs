namespace NegoSim.Classroom.Grains;

/// <summary>A move a table has taken from the student at <see cref="Seat"/>: its log replays a table after reactivation.</summary>
[GenerateSerializer, Immutable, Alias("negosim.takenAction")]
public sealed record TakenAction([property: Id(0)] string Seat, [property: Id(1)] SeatAction Action);
