namespace NegoSim.Classroom.Grains;

/// <summary>A student asks for a seat, under a name, at any seat or at the one named (<see cref="SeatPlan"/>).</summary>
[GenerateSerializer, Immutable, Alias("negosim.joinRequest")]
public sealed record JoinRequest([property: Id(0)] string Student, [property: Id(1)] string? Seat = null);
