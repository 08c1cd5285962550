namespace NegoSim.Classroom.Grains;

/// <summary>The seat a student was given, or why none was (<see cref="Problem"/>, in words for the student).</summary>
[GenerateSerializer, Immutable, Alias("negosim.joinResult")]
public sealed record JoinResult([property: Id(0)] SeatTicket? Ticket, [property: Id(1)] string? Problem = null);
