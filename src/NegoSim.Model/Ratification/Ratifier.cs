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
        if (profile.Referendum is not null)
        {
            // At the swing believed (0 before any vote), a text passes when it is worth more than the voters' reservation.
            var voters = profile.Factions[0];
            var table = voters.Utility.Table;
            var needs = voters.Reservation + profile.Referendum.BelievedSwing + Tolerance.Utility;
            return OutcomeSet.Where(space.Count, o => table[o] > needs);
        }

        if (profile.CountsAbstentions)
        {
            return OutcomeSet.Where(space.Count, o =>
            {
                int yes = 0, no = 0;
                foreach (var faction in profile.Factions)
                {
                    var utility = faction.Utility.Evaluate(o);
                    if (faction.Supports(o))
                    {
                        yes += faction.Seats;
                    }
                    else if (!faction.Abstains(utility, faction.Reservation))
                    {
                        no += faction.Seats;
                    }
                }

                return profile.Passes(yes, no);
            });
        }

        // Faction by faction: the seats of each faction's supporters added up (a faction's supporters are kept by its
        // utility, so a sweep's point reads the table only of a faction whose reservation it changed), not outcome by
        // outcome through every faction's table: a new point of a sampled sweep works out a win-set of nine factions.
        var count = space.Count;
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var seats = pool.Rent(count);
        Array.Clear(seats, 0, count);
        foreach (var faction in profile.Factions)
        {
            faction.Utility.AtLeast(faction.Reservation - Tolerance.Utility).AddTo(seats.AsSpan(0, count), faction.Seats);
        }

        var winSet = OutcomeSet.AtLeast<int>(seats.AsSpan(0, count), profile.Threshold);
        pool.Return(seats);
        return winSet;
    }

    /// <summary>
    /// Votes on a deal. The truth the negotiators do not know — the reservation of a faction known only by a belief,
    /// a referendum's swing — is drawn from <paramref name="truth"/>, the same for every vote of a run (from
    /// <paramref name="random"/> when not given); the seats of a faction with discipline below 1 that break ranks, and
    /// a referendum's drift, are drawn from <paramref name="random"/>, afresh for each vote.
    /// </summary>
    public RatificationVote Vote(int outcome, RunRandom random, RunRandom? truth = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        truth ??= random;
        if (Profile.Referendum is { } referendum)
        {
            return Referendum(outcome, referendum, random, truth);
        }

        var factions = ImmutableArray.CreateBuilder<FactionVote>(Profile.Factions.Length);
        int yes = 0, no = 0, abstain = 0;

        // The true reservations of the factions that are uncertain, drawn first (a scenario without one draws none,
        // so its votes are as they were).
        var truths = Profile.IsUncertain ? Profile.Factions.Select(f => f.Belief?.Draw(truth) ?? f.Reservation).ToArray() : null;
        for (var i = 0; i < Profile.Factions.Length; i++)
        {
            var faction = Profile.Factions[i];
            var reservation = truths?[i] ?? faction.Reservation;
            var line = truths is null ? faction.Supports(outcome) : faction.Utility.Evaluate(outcome) >= reservation - Tolerance.Utility;
            if (!line && faction.Abstains(faction.Utility.Evaluate(outcome), reservation))
            {
                // Its line is to abstain: all its seats do (no seat is drawn).
                factions.Add(new FactionVote(faction.Name, faction.Seats, faction.Utility.Evaluate(outcome), reservation, false, 0, 0, faction.Seats));
                abstain += faction.Seats;
                continue;
            }

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

        return new RatificationVote(Profile.Name, Profile.Ratifies, Profile.Needed(yes + no), yes, no, factions.MoveToImmutable(), Abstain: abstain, Quorum: Profile.Quorum);
    }

    private RatificationVote Referendum(int outcome, Referendum referendum, RunRandom random, RunRandom truth)
    {
        var voters = Profile.Factions[0];
        var swing = referendum.Swing > 0 ? referendum.Swing * Normal(truth) : 0;
        var drift = referendum.Drift > 0 ? referendum.Drift * Normal(random) : 0;
        var utility = voters.Utility.Evaluate(outcome);
        var cast = referendum.Cast;
        var yes = (int)Math.Round(cast * referendum.YesShare(utility, voters.Reservation, swing + drift));
        var passed = yes >= referendum.Threshold;
        var tally = new FactionVote(voters.Name, cast, utility, voters.Reservation + swing + drift, passed, yes, cast - yes);
        return new RatificationVote(Profile.Name, Profile.Ratifies, referendum.Threshold, yes, cast - yes, [tally]);
    }

    private static double Normal(RunRandom random) => StandardNormal.Quantile(Math.Clamp(random.NextDouble(), 1e-12, 1 - 1e-12));
}
