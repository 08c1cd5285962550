using System.Collections.Immutable;
using NegoSim.Model.Ratification;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>
/// Tells a negotiator grain the scenario of its run, the stage of the timeline in force (0 with no votes heard: a new
/// run) and the votes of the run so far, whose tallies it learns from.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.briefing")]
public sealed record Briefing([property: Id(0)] ScenarioSource Scenario, [property: Id(1)] int Stage, [property: Id(2)] ImmutableArray<RatificationVote> Heard);
