using NegoSim.Model.Ratification;

namespace NegoSim.Classroom;

/// <summary>A table's vote as the teacher sees it: the ratifier's yes and no seats against its threshold, and each faction's yes seats.</summary>
public sealed record TallyView(string Ratifier, int Round, int Yes, int No, int Threshold, bool Passed, IReadOnlyDictionary<string, int> Factions)
{
    public static TallyView From(RatificationVote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return new TallyView(vote.Ratifier, vote.Round, vote.Yes, vote.No, vote.Threshold, vote.Passed, vote.Factions.ToDictionary(f => f.Name, f => f.Yes));
    }
}
