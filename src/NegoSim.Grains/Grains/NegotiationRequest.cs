using NegoSim.Grains.Model.Protocol;

namespace NegoSim.Grains.Grains;

/// <summary>Play <see cref="Scenario"/> once with <see cref="Seed"/>; <see cref="RecordRounds"/> false skips the transcript.</summary>
public sealed record NegotiationRequest(Scenario Scenario, ulong Seed, bool RecordRounds = true);
