namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student asks for a seat, under a name, at any seat or at the one named (<see cref="SeatPlan"/>), at the first
/// table that has it free or at the table numbered <see cref="Table"/> (an existing table that has not started, or the
/// next new one).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.joinRequest")]
public sealed record JoinRequest([property: Id(0)] string Student, [property: Id(1)] string? Seat = null, [property: Id(2)] int? Table = null);
