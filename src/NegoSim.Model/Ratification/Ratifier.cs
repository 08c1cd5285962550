using System.Collections.Immutable;
using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Ratification;

/// <summary>A ratifying body at work: its win-set and its votes.</summary>
public sealed class Ratifier(RatifierProfile profile)
{
    public RatifierProfile Profile { get; } = profile ?? throw new ArgumentNullException(nameof(profile));

    /// <summary>Seats that would vote yes with full discipline.</summary>
    public int SupportingSeats(int outcome)
    {
        var seats = 0;
        foreach (var faction in Profile.Factions)
        {
            if (faction.Supports(outcome))
            {
                seats += faction.Seats;
            }
        }

        return seats;
    }

    /// <summary>The outcomes <paramref name="profile"/> would pass with full discipline.</summary>
    public static OutcomeSet WinSetOf(RatifierProfile profile, OutcomeSpace space)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(space);
        var tables = profile.Factions.Select(f => (f.Seats, f.Reservation - Tolerance.Utility, Table: f.Utility.Table)).ToArray();
        return OutcomeSet.Where(space.Count, o =>
        {
            var seats = 0;
            foreach (var (factionSeats, needs, table) in tables)
            {
                if (table[o] >= needs)
                {
                    seats += factionSeats;
                }
            }

            return seats >= profile.Threshold;
        });
    }

    /// <summary>
    /// Votes on a deal; the true reservation of a faction known only by a belief, and the seats of a faction with
    /// discipline below 1 that break ranks, are drawn from <paramref name="random"/>.
    /// </summary>
    public RatificationVote Vote(int outcome, RunRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var factions = ImmutableArray.CreateBuilder<FactionVote>(Profile.Factions.Length);
        int yes = 0, no = 0;

        // The true reservations of the factions that are uncertain, drawn first (a scenario without one draws none,
        // so its votes are as they were).
        var truths = Profile.IsUncertain ? Profile.Factions.Select(f => f.Belief?.Draw(random) ?? f.Reservation).ToArray() : null;
        for (var i = 0; i < Profile.Factions.Length; i++)
        {
            var faction = Profile.Factions[i];
            var reservation = truths?[i] ?? faction.Reservation;
            var line = truths is null ? faction.Supports(outcome) : faction.Utility.Evaluate(outcome) >= reservation - Tolerance.Utility;
            var loyal = faction.Seats;
            if (faction.Discipline < 1)
            {
                loyal = 0;
                for (var seat = 0; seat < faction.Seats; seat++)
                {
                    if (random.NextDouble() < faction.Discipline)
                    {
                        loyal++;
                    }
                }
            }

            var factionYes = line ? loyal : faction.Seats - loyal;
            factions.Add(new FactionVote(faction.Name, faction.Seats, faction.Utility.Evaluate(outcome), reservation, line, factionYes, faction.Seats - factionYes));
            yes += factionYes;
            no += faction.Seats - factionYes;
        }

        return new RatificationVote(Profile.Name, Profile.Ratifies, Profile.Threshold, yes, no, factions.MoveToImmutable());
    }
}
