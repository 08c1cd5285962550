using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>Tells a negotiator grain the scenario of its run and the stage of the timeline in force (0: a new run).</summary>
[GenerateSerializer, Immutable, Alias("negosim.briefing")]
public sealed record Briefing([property: Id(0)] ScenarioSource Scenario, [property: Id(1)] int Stage);
