namespace NegoSim.Classroom;

/// <summary>
/// What a table waits for from this seat: <c>propose</c>, <c>respond</c> (to <see cref="Deal"/>) or <c>vote</c> (on
/// <see cref="Deal"/>); the seconds left before the computer moves for the seat (null without a timer); and, for an
/// offer a negotiator answers, what the offer means for it as a draft would (<see cref="Check"/>: its worth against the
/// reservation, and whether its parliament would need to vote on it and would pass it).
/// </summary>
public sealed record TurnView(string Kind, int Round, IReadOnlyDictionary<string, object>? Deal, double? Worth, int? SecondsLeft = null, DraftView? Check = null);
