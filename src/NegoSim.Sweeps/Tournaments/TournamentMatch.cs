namespace NegoSim.Sweeps.Tournaments;

/// <summary>One negotiation of a tournament: its place in the schedule, the scenario, the agents in the first and second roles, and its seed.</summary>
public sealed record TournamentMatch(long Index, int Scenario, int First, int Second, int Repetition, ulong Seed);
