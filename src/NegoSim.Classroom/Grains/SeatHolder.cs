namespace NegoSim.Classroom.Grains;

/// <summary>A student sitting at a seat of a table.</summary>
[GenerateSerializer, Immutable, Alias("negosim.seatHolder")]
public sealed record SeatHolder([property: Id(0)] string Seat, [property: Id(1)] string Student);
