namespace NegoSim.Classroom.Grains;

/// <summary>A student who watches <see cref="Table"/> without a seat (<see cref="SeatPlan.Observer"/>).</summary>
[GenerateSerializer, Immutable, Alias("negosim.observer")]
public sealed record Observer([property: Id(0)] int Table, [property: Id(1)] string Student);
