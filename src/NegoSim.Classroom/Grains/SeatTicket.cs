namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student's seat: at table <see cref="Table"/> of classroom <see cref="Classroom"/>, the seat <see cref="Seat"/>
/// (a negotiator, or a faction as <c>ratifier/faction</c>). <see cref="Token"/> is the seat grain's key and the only
/// way to act for the seat: it is never shown to anyone but the student.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.seatTicket")]
public sealed record SeatTicket(
    [property: Id(0)] string Token,
    [property: Id(1)] string Classroom,
    [property: Id(2)] int Table,
    [property: Id(3)] string Seat,
    [property: Id(4)] string Student)
{
    /// <summary>The table grain's key.</summary>
    public string TableKey => TableKeys.Of(Classroom, Table);
}
