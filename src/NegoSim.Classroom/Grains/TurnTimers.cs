namespace NegoSim.Classroom.Grains;

/// <summary>
/// How long a student has for a move before the seat's strategy makes it: <see cref="TurnSeconds"/> to propose or
/// answer, <see cref="VoteSeconds"/> to vote; 0 waits for ever.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.turnTimers")]
public sealed record TurnTimers([property: Id(0)] int TurnSeconds, [property: Id(1)] int VoteSeconds)
{
    /// <summary>The longest a timer may be: an hour.</summary>
    public const int Longest = 3600;

    public static TurnTimers None { get; } = new(0, 0);

    /// <summary>The time a student has for <paramref name="kind"/>, or null for no limit.</summary>
    public TimeSpan? For(TurnKind kind)
    {
        var seconds = kind == TurnKind.Vote ? VoteSeconds : TurnSeconds;
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
    }
}
