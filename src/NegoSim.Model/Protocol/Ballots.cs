using System.Collections.Immutable;
using System.Diagnostics;
using NegoSim.Model.Ratification;
using NegoSim.Model.Telemetry;

namespace NegoSim.Model.Protocol;

/// <summary>
/// The votes on a signed text: every ratifier that must vote on it votes, as often as it allows until it passes the
/// text; each vote's truth about the ratifier is the run's (<see cref="VoteRequest.Truth"/>).
/// </summary>
internal static class Ballots
{
    /// <summary>Which stream of the run's seed (mixed with a ratifier's name) the truth about a ratifier is drawn from.</summary>
    private const long TruthStream = 0x7A07;

    /// <summary>
    /// Holds the votes on <paramref name="deal"/>, signed in round <paramref name="signedIn"/>, adding each to
    /// <paramref name="votes"/>; says whether any was required, whether all passed, and which ratifier rejected first.
    /// </summary>
    public static async ValueTask<(bool Required, bool Passed, RatifierProfile? Rejecter)> HoldAsync(
        StageTables at, int deal, int signedIn, int stage, ulong seed, RunRandom random, IPartyDirectory parties, ImmutableArray<RatificationVote>.Builder votes, bool traced)
    {
        var (required, passed) = (false, true);
        RatifierProfile? rejecter = null;
        for (var i = 0; i < at.Ratifiers.Length; i++)
        {
            if (!at.Required[i].Contains(deal))
            {
                continue;
            }

            required = true;
            var ratifier = at.Ratifiers[i];
            RatificationVote? vote = null;

            // A text may be put to the same ratifier again (a second reading); it stops at the first yes.
            for (var attempt = 0; attempt < ratifier.VotesPerText && vote?.Passed != true; attempt++)
            {
                using var ratifySpan = traced ? NegotiationTelemetry.Source.StartActivity("ratify") : null;
                vote = await parties.Ratifier(ratifier.Name).Vote(new VoteRequest(deal, random.NextUInt64(), stage, TruthSeed(seed, ratifier.Name)));
                vote = vote with { Round = signedIn };
                votes.Add(vote);
                if (ratifySpan is not null)
                {
                    Tag(ratifySpan, vote);
                }
            }

            if (vote?.Passed == false)
            {
                passed = false;
                rejecter ??= ratifier;
            }
        }

        return (required, passed, rejecter);
    }

    /// <summary>
    /// The seed the truth about ratifier <paramref name="name"/> (a belief's reservation, a referendum's swing) is
    /// drawn from: one per run and ratifier, so every vote of the run on it faces the same truth.
    /// </summary>
    private static ulong TruthSeed(ulong seed, string name)
    {
        // FNV-1a of the name: a hash that is the same in every process (string.GetHashCode is not).
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return RunRandom.DeriveSeed(seed ^ hash, TruthStream);
    }

    private static void Tag(Activity span, RatificationVote vote)
    {
        span.SetTag("negosim.ratifier", vote.Ratifier).SetTag("negosim.ratifies", vote.Ratifies)
            .SetTag("negosim.yes", vote.Yes).SetTag("negosim.no", vote.No).SetTag("negosim.threshold", vote.Threshold)
            .SetTag("negosim.passed", vote.Passed).SetTag("negosim.round", vote.Round);
        foreach (var faction in vote.Factions)
        {
            span.AddEvent(new ActivityEvent("vote", tags: new ActivityTagsCollection
            {
                ["negosim.faction"] = faction.Name,
                ["negosim.seats"] = faction.Seats,
                ["negosim.line"] = faction.Line ? "yes" : "no",
                ["negosim.yes"] = faction.Yes,
                ["negosim.no"] = faction.No,
                ["negosim.utility"] = faction.Utility,
            }));
        }
    }
}
