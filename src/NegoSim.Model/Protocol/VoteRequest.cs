namespace NegoSim.Model.Protocol;

/// <summary>
/// A signed deal put to a ratifier at a stage of the timeline, with the seed its seats' chance defections draw from
/// (taken from the run's generator).
/// </summary>
public readonly record struct VoteRequest(int Deal, ulong Seed, int Stage);
