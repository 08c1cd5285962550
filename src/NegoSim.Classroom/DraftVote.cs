namespace NegoSim.Classroom;

/// <summary>A ratifier's view of a draft: whether the draft needs its vote, and how many of its seats would vote for it as modelled.</summary>
public sealed record DraftVote(string Ratifier, bool Required, int Yes, int Threshold, bool WouldPass);
