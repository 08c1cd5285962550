namespace NegoSim.Classroom.Grains;

/// <summary>Whether a move was taken; if not, <see cref="Problem"/> says why, and nothing changed.</summary>
[GenerateSerializer, Immutable, Alias("negosim.actResult")]
public sealed record ActResult([property: Id(0)] string? Problem = null)
{
    public static ActResult Taken { get; } = new();

    public bool IsTaken => Problem is null;
}
