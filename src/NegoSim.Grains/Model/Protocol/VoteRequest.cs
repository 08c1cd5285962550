namespace NegoSim.Grains.Model.Protocol;

/// <summary>A signed deal put to a ratifier, with the seed its seats' chance defections draw from (taken from the run's generator).</summary>
public sealed record VoteRequest(int Deal, ulong Seed);
