namespace NegoSim.Classroom;

/// <summary>What a table waits for from this seat: <c>propose</c>, <c>respond</c> (to <see cref="Deal"/>) or <c>vote</c> (on <see cref="Deal"/>).</summary>
public sealed record TurnView(string Kind, int Round, IReadOnlyDictionary<string, object>? Deal, double? Worth);
