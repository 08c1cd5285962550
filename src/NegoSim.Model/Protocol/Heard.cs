using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Protocol;

/// <summary>What the negotiators of a run have heard so far: the tallies of the votes held, and the claims made about ratifiers.</summary>
public sealed record Heard(ImmutableArray<RatificationVote> Votes, ImmutableArray<Claim> Claims)
{
    /// <summary>Nothing yet: a run's start.</summary>
    public static Heard Nothing { get; } = new([], []);

    public bool IsEmpty => Votes.IsDefaultOrEmpty && Claims.IsDefaultOrEmpty;

    /// <summary>A key equal for what was heard alike: the tallies and lines, and the claims.</summary>
    public string Key
    {
        get
        {
            var key = new StringBuilder();
            foreach (var vote in Votes.IsDefault ? [] : Votes)
            {
                key.Append('|').Append(vote.Ratifier).Append(':').Append(vote.Yes).Append('/').Append(vote.No).Append('/').Append(vote.Abstain);
                foreach (var faction in vote.Factions)
                {
                    key.Append(',').Append(faction.Line ? 'y' : faction.Abstain > 0 ? 'a' : 'n').Append(faction.Utility.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            foreach (var claim in Claims.IsDefault ? [] : Claims)
            {
                key.Append("|claim:").Append(claim.Claimer).Append(':').Append(claim.Text);
            }

            return key.ToString();
        }
    }
}
