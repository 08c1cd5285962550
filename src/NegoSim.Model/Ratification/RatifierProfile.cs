using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>A ratifying body (a parliament) attached to the negotiator whose signature it must confirm.</summary>
public sealed record RatifierProfile(string Name, string Ratifies, int Threshold, ImmutableArray<Faction> Factions, RatificationRule Required)
{
    public int Seats => Factions.Sum(f => f.Seats);

    /// <summary>True when some faction's reservation is known only by a belief (worked out once: every vote asks).</summary>
    public bool IsUncertain { get; } = Factions.Any(f => f.Belief is not null);
}
