using System.Collections.Immutable;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>
/// Tells a negotiator grain the scenario of its run, the stage of the timeline in force (0 with nothing heard: a new
/// run) and what was heard so far: the votes of the run, whose tallies it learns from, and the claims that a
/// negotiator's ratifiers would refuse a text (<see cref="Claimers"/>[i] claimed <see cref="Claimed"/>[i]).
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.briefing")]
public sealed record Briefing(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] int Stage,
    [property: Id(2)] ImmutableArray<RatificationVote> Votes,
    [property: Id(3)] ImmutableArray<string> Claimers,
    [property: Id(4)] ImmutableArray<int> Claimed);
