namespace NegoSim.Model.Ratification;

/// <summary>
/// What follows when a ratifier rejects a signed text: the talks reopen for <see cref="Rounds"/> more rounds (with a
/// clock of their own: their first round is at t = 0, their last at t = 1), at most <see cref="Times"/> times in a run.
/// </summary>
public sealed record Reopening(int Rounds, int Times);
