using System.Collections.Immutable;
using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>
/// Play <see cref="Scenario"/> once per seed, without transcripts. <see cref="ThroughParties"/>: every run plays
/// through the party grains (one message a round); otherwise the negotiation grain plays the model in its own turn.
/// </summary>
[GenerateSerializer, Immutable, Alias("negosim.batchRequest")]
public sealed record BatchRequest(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] ImmutableArray<ulong> Seeds,
    [property: Id(2)] bool ThroughParties);
