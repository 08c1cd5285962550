using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// What a tournament plays: every ordered pair of agents (both role assignments, self-play included) on every
/// two-negotiator scenario, <see cref="Repetitions"/> times, seeded from <see cref="Seed"/>.
/// </summary>
public sealed record TournamentOptions(
    ImmutableArray<(string Name, ScenarioSource Source)> Scenarios,
    ImmutableArray<Agent> Agents,
    int Repetitions,
    ulong Seed,
    int Workers);
