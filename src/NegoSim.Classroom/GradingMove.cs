namespace NegoSim.Classroom;

/// <summary>
/// A move made at a student's seat: <c>propose</c> (with the deal), <c>accept</c>, <c>reject</c>, <c>vote-yes</c> or
/// <c>vote-no</c>, in a round (0 for a vote), whether the computer made it, and when (UTC).
/// </summary>
public sealed record GradingMove(string Kind, int Round, IReadOnlyDictionary<string, object>? Deal, bool ByComputer, DateTime? At);
