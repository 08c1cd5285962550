using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Sweeps.Tournaments;

/// <summary>
/// What a tournament plays: every ordered pair of agents (both role assignments, self-play included) on every
/// two-negotiator scenario, <see cref="Repetitions"/> times, seeded from <see cref="Seed"/>; on this process's cores
/// (<see cref="Engine"/> <c>direct</c>), or as a sweep's batches on an embedded silo or a <see cref="Cluster"/>
/// (<c>batch</c>, or <c>grains</c> through the party grains), <see cref="Workers"/> lanes at a time.
/// </summary>
public sealed record TournamentOptions(
    ImmutableArray<(string Name, ScenarioSource Source)> Scenarios,
    ImmutableArray<Agent> Agents,
    int Repetitions,
    ulong Seed,
    int Workers,
    string Engine = "direct",
    string? Cluster = null);
