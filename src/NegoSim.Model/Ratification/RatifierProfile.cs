using System.Collections.Immutable;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A ratifying body attached to the negotiator whose signature it must confirm: a parliament of factions, or an
/// electorate (<see cref="Referendum"/>, with one faction, <c>voters</c>, whose seats are the votes cast). A text
/// may be put to it up to <see cref="VotesPerText"/> times; a rejection may reopen the talks (<see cref="Reopening"/>).
/// </summary>
public sealed record RatifierProfile(
    string Name,
    string Ratifies,
    int Threshold,
    ImmutableArray<Faction> Factions,
    RatificationRule Required,
    Referendum? Referendum = null,
    int VotesPerText = 1,
    Reopening? Reopening = null,
    CastShare? OfCast = null,
    int Quorum = 0)
{
    public int Seats => Factions.Sum(f => f.Seats);

    /// <summary>
    /// True when a vote is not settled by the yes seats alone: a faction may abstain, the threshold is a share of the
    /// votes cast, or a quorum of votes cast is needed.
    /// </summary>
    public bool CountsAbstentions => OfCast is not null || Quorum > 0 || Factions.Any(f => f.AbstainBand > 0);

    /// <summary>The yes votes needed when <paramref name="cast"/> votes (yes and no) are cast.</summary>
    public int Needed(int cast) => OfCast?.Needed(cast) ?? Threshold;

    /// <summary>True when <paramref name="yes"/> yes and <paramref name="no"/> no votes pass a text (abstentions are not cast).</summary>
    public bool Passes(int yes, int no) => yes >= Needed(yes + no) && yes + no >= Quorum;

    /// <summary>True when its vote depends on what the negotiators cannot know: a faction's reservation known only by a belief, or a referendum's swing.</summary>
    public bool IsUncertain
    {
        get
        {
            if (Referendum is { IsUncertain: true })
            {
                return true;
            }

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

    /// <summary>
    /// What the negotiators believe of this ratifier after hearing the tallies of <paramref name="heard"/> (votes of
    /// this run, of any ratifier, in order): each of its factions known by a belief is narrowed by its lines on the
    /// texts put to it (<see cref="ReservationBelief.Learn"/>), a referendum's swing by its shares
    /// (<see cref="Referendum.Learn"/>). Only what the tally shows is used: the lines and the counts, never the truth.
    /// </summary>
    public RatifierProfile After(IEnumerable<RatificationVote> heard)
    {
        ArgumentNullException.ThrowIfNull(heard);
        var learned = this;
        foreach (var vote in heard)
        {
            if (vote.Ratifier != Name)
            {
                continue;
            }

            if (learned.Referendum is { } referendum)
            {
                var voters = learned.Factions[0];
                var said = vote.Factions.FirstOrDefault();
                learned = said is null ? learned : learned with { Referendum = referendum.Learn(said.Utility, voters.Reservation, vote.Yes, vote.Yes + vote.No) };
                continue;
            }

            var factions = learned.Factions.ToBuilder();
            foreach (var said in vote.Factions)
            {
                for (var i = 0; i < factions.Count; i++)
                {
                    if (factions[i].Name == said.Name && factions[i].Belief is { } belief)
                    {
                        // An abstention shows the reservation above the deal's worth, but within the band of it.
                        var narrowed = belief.Learn(said.Utility, said.Line);
                        factions[i] = factions[i] with
                        {
                            Belief = said.Abstain > 0 ? narrowed.Learn(said.Utility + factions[i].AbstainBand, true) : narrowed,
                        };
                    }
                }
            }

            learned = learned with { Factions = factions.ToImmutable() };
        }

        return learned;
    }
}
