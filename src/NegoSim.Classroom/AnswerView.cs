namespace NegoSim.Classroom;

/// <summary>How one negotiator answered an offer (<c>verdict</c> as in the run report's JSON).</summary>
public sealed record AnswerView(string Seat, bool Accepted, string Verdict);
