using NegoSim.Model.Scenarios;

namespace NegoSim.Grains.Messages;

/// <summary>Play <see cref="Scenario"/> once with <see cref="Seed"/>; <see cref="RecordRounds"/> false skips the transcript.</summary>
[GenerateSerializer, Immutable, Alias("negosim.runRequest")]
public sealed record RunRequest(
    [property: Id(0)] ScenarioSource Scenario,
    [property: Id(1)] ulong Seed,
    [property: Id(2)] bool RecordRounds = true);
