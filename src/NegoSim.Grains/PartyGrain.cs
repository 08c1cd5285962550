namespace NegoSim.Grains;

/// <summary>A party grain a negotiation grain has called: a negotiator or a ratifier, by party name.</summary>
public readonly record struct PartyGrain(string Party, bool IsRatifier);
