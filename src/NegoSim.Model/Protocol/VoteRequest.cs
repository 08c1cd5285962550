namespace NegoSim.Model.Protocol;

/// <summary>
/// A signed deal put to a ratifier at a stage of the timeline, with the seed its seats' chance defections and a
/// referendum's drift draw from (taken from the run's generator, new for each vote), and the seed the truth the
/// negotiators do not know is drawn from (a belief's reservation, a referendum's swing: the same for every vote of
/// the run on that ratifier).
/// </summary>
public readonly record struct VoteRequest(int Deal, ulong Seed, int Stage, ulong Truth = 0);
