using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>Puts a signed deal of a run of <see cref="Scenario"/> to a ratifier grain.</summary>
[GenerateSerializer, Immutable, Alias("negosim.ballot")]
public sealed record Ballot([property: Id(0)] ScenarioSource Scenario, [property: Id(1)] VoteRequest Request);
