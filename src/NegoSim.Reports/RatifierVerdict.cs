using NegoSim.Model.Ratification;

namespace NegoSim.Reports;

/// <summary>Whether a deal needs this ratifier, and how its factions would vote with full discipline.</summary>
public sealed record RatifierVerdict(RatifierProfile Profile, bool Required, int Yes, IReadOnlyList<FactionVote> Factions)
{
    public bool Passes => Yes >= Profile.Threshold;
}
