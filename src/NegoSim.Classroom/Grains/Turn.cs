namespace NegoSim.Classroom.Grains;

/// <summary>
/// A table waits for the student at <see cref="Seat"/>: to propose in <see cref="Round"/>, to answer the offer
/// <see cref="Outcome"/>, or to vote on the signed deal <see cref="Outcome"/>; by <see cref="Due"/> (UTC), if the
/// classroom has timers, after which the seat's strategy moves.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.turn")]
public sealed record Turn(
    [property: Id(0)] string Seat,
    [property: Id(1)] TurnKind Kind,
    [property: Id(2)] int Round,
    [property: Id(3)] int Outcome,
    [property: Id(4)] DateTime? Due = null);
