namespace NegoSim.Classroom.Grains;

/// <summary>A table waits for the student at <see cref="Seat"/>: to propose in <see cref="Round"/>, to answer the offer <see cref="Outcome"/>, or to vote on the signed deal <see cref="Outcome"/>.</summary>
[GenerateSerializer, Immutable, Alias("negosim.turn")]
public sealed record Turn([property: Id(0)] string Seat, [property: Id(1)] TurnKind Kind, [property: Id(2)] int Round, [property: Id(3)] int Outcome);
