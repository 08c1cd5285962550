namespace NegoSim.Classroom;

/// <summary>How one negotiator answered an offer: <c>verdict</c> as in the run report's JSON for the seat's own answers, <c>accept</c> or <c>reject</c> for anyone else's.</summary>
public sealed record AnswerView(string Seat, bool Accepted, string Verdict);
