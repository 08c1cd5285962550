using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>A ratifying body (a parliament) attached to the negotiator whose signature it must confirm.</summary>
public sealed record RatifierProfile(string Name, string Ratifies, int Threshold, ImmutableArray<Faction> Factions, RatificationRule Required)
{
    public int Seats => Factions.Sum(f => f.Seats);
}
