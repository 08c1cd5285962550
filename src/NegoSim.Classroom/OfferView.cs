namespace NegoSim.Classroom;

/// <summary>An offer as one seat sees it: the deal, what it is worth to that seat (no one else's utility), and the answers so far.</summary>
public sealed record OfferView(int Round, string Proposer, IReadOnlyDictionary<string, object>? Deal, double? Worth, IReadOnlyList<AnswerView> Answers);
