namespace NegoSim.Classroom.Grains;

/// <summary>
/// A student who lost their link asks for their seat back under their name: <see cref="Id"/> (a secret only their
/// browser holds) until the teacher answers; then the new token (<see cref="Token"/>), or <see cref="Refused"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.rejoinRequest")]
public sealed record RejoinRequest(
    [property: Id(0)] string Id,
    [property: Id(1)] string Student,
    [property: Id(2)] int Table,
    [property: Id(3)] string Seat,
    [property: Id(4)] string? Token = null,
    [property: Id(5)] bool Refused = false)
{
    public bool IsWaiting => Token is null && !Refused;
}
