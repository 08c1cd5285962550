using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>A ratifying body (a parliament) attached to the negotiator whose signature it must confirm.</summary>
public sealed record RatifierProfile(string Name, string Ratifies, int Threshold, ImmutableArray<Faction> Factions, RatificationRule Required)
{
    public int Seats => Factions.Sum(f => f.Seats);

    /// <summary>True when some faction's reservation is known only by a belief.</summary>
    public bool IsUncertain
    {
        get
        {
            foreach (var faction in Factions)
            {
                if (faction.Belief is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
