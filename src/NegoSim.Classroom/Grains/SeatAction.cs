namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student's move: propose <see cref="Outcome"/> (an index in the scenario's outcome space) in <see cref="Round"/>,
/// accept or reject that round's offer, or vote the faction's seats on the signed deal (round 0).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.seatAction")]
public sealed record SeatAction([property: Id(0)] ActionKind Kind, [property: Id(1)] int Round, [property: Id(2)] int Outcome = -1);
