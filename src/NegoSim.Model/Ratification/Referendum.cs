using System.Globalization;

namespace NegoSim.Model.Ratification;

/// <summary>
/// A ratifier that is an electorate rather than a parliament. Voters' reservations are spread around its single
/// faction's reservation r with standard deviation <see cref="Spread"/>, so a text worth u to the voters gets the
/// yes share Φ((u − r − w − e) / spread) of the votes cast, where w is the run's national swing (drawn once per run
/// from a normal with standard deviation <see cref="Swing"/>, the same for every vote of the run) and e a drift drawn
/// for each vote (standard deviation <see cref="Drift"/>). The text passes with more yes than no votes, that is
/// when u − r exceeds w + e: its chance of passing does not depend on how many voters there are, which sets only the
/// tally. The negotiators know r and the spread but not w: they hold a normal belief about it
/// (<see cref="BelievedSwing"/>, <see cref="SwingDoubt"/>; before any vote, 0 and <see cref="Swing"/>), and learn
/// it from each tally (docs/model.md §7).
/// </summary>
public sealed record Referendum(int Voters, double Turnout, double Spread, double Swing, double Drift, double BelievedSwing, double SwingDoubt)
{
    /// <summary>The name the electorate's one faction goes by in tallies.</summary>
    public const string VotersFaction = "voters";

    public Referendum(int voters, double turnout, double spread, double swing, double drift)
        : this(voters, turnout, spread, swing, drift, 0, swing)
    {
    }

    /// <summary>How many votes are cast: the electorate times the turnout, rounded.</summary>
    public int Cast => Math.Max(1, (int)Math.Round(Voters * Turnout));

    /// <summary>The yes votes needed: more than half of those cast.</summary>
    public int Threshold => (Cast / 2) + 1;

    /// <summary>True when the vote depends on chance: a swing or a drift.</summary>
    public bool IsUncertain => Swing > 0 || Drift > 0;

    /// <summary>The share of votes cast that say yes to a text worth <paramref name="utility"/> to voters of reservation <paramref name="reservation"/>, after a swing and drift of <paramref name="shift"/>.</summary>
    public double YesShare(double utility, double reservation, double shift) =>
        StandardNormal.Cdf((utility - reservation - shift) / Spread);

    /// <summary>
    /// The probability, under the negotiators' belief about the swing, that a text worth <paramref name="utility"/>
    /// passes: the chance that the swing and the vote's drift together stay below u − r.
    /// </summary>
    public double PassProbability(double utility, double reservation)
    {
        var margin = utility - reservation - BelievedSwing;
        var doubt = Math.Sqrt((SwingDoubt * SwingDoubt) + (Drift * Drift));
        return doubt <= 0 ? (margin > Tolerance.Utility ? 1 : 0) : StandardNormal.Cdf(margin / doubt);
    }

    /// <summary>
    /// The belief about the swing after a vote on a text worth <paramref name="utility"/> got <paramref name="yes"/>
    /// of <paramref name="cast"/> votes: the tally tells the swing plus that vote's drift, d = u − r − spread·Φ⁻¹(share);
    /// a normal belief N(m, s²) becomes N(m + k(d − m), (1 − k)s²) with k = s² / (s² + drift²) (exactly d without a drift).
    /// </summary>
    public Referendum Learn(double utility, double reservation, int yes, int cast)
    {
        if (cast <= 0 || SwingDoubt <= 0)
        {
            return this;
        }

        // A share of 0 or 1 says only that the swing is far out: read it as half a vote from the edge.
        var share = Math.Clamp(yes / (double)cast, 0.5 / cast, 1 - (0.5 / cast));
        var observed = utility - reservation - (Spread * StandardNormal.Quantile(share));
        var prior = SwingDoubt * SwingDoubt;
        var gain = prior / (prior + (Drift * Drift));
        return this with
        {
            BelievedSwing = BelievedSwing + (gain * (observed - BelievedSwing)),
            SwingDoubt = Math.Sqrt((1 - gain) * prior),
        };
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"referendum of {Voters:N0} voters, turnout {Turnout:0.###}, spread {Spread:0.###}, swing {Swing:0.###}, drift {Drift:0.###}");
}
