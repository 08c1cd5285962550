using FsCheck;
using FsCheck.Fluent;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Ratification;

public sealed class PassProbabilityTests
{
    private static readonly OutcomeSpace Shares = new([new RangeTerm("share", 0, 10, 1)]);

    /// <summary>A faction whose utility of share s is 1 − s/10.</summary>
    private static Faction Bloc(string name, int seats, ReservationBelief? belief, double reservation = 0.5) =>
        new(name, seats, new UtilityFunction(Shares, new Dictionary<string, double> { ["share"] = 1 }, new Dictionary<string, ValueFunction> { ["share"] = new BestValue("0", "10") }), belief?.Median ?? reservation, 1, belief);

    [Fact]
    public void One_uncertain_faction_passes_a_deal_with_the_chance_its_reservation_lies_below_the_deals_worth()
    {
        // Reservation uniform on [0.3, 0.7]; share s is worth 1 − s/10 to it: P(pass) = (1 − s/10 − 0.3) / 0.4, cut to [0, 1].
        var profile = new RatifierProfile("rada", "buyer", 6, [Bloc("bloc", 10, new ReservationBelief("uniform", 0.3, 0.7))], RatificationRule.Always);

        var p = PassProbability.Of(profile, Shares);

        Assert.Equal([1, 1, 1, 1, 0.75, 0.5, 0.25, 0, 0, 0, 0], p.Select(x => Math.Round(x, 6)));
    }

    [Fact]
    public void Two_uncertain_factions_that_must_both_say_yes_multiply_their_chances()
    {
        // 6 + 4 seats, threshold 7: both must say yes. At share 4 (worth 0.6): 0.75 × P(U[0.5, 0.7] ≤ 0.6) = 0.75 × 0.5.
        var profile = new RatifierProfile(
            "rada", "buyer", 7,
            [Bloc("big", 6, new ReservationBelief("uniform", 0.3, 0.7)), Bloc("small", 4, new ReservationBelief("uniform", 0.5, 0.7))],
            RatificationRule.Always);

        Assert.Equal(0.375, PassProbability.Of(profile, Shares)[4], 6);
    }

    [Fact]
    public void A_certain_faction_that_says_yes_leaves_the_uncertain_one_to_decide()
    {
        // Certain faction (reservation 0.5: yes for shares ≤ 5) holds 4 of the 6 needed; the uncertain one holds 3.
        var profile = new RatifierProfile(
            "rada", "buyer", 6,
            [Bloc("sure", 4, null, 0.5), Bloc("doubtful", 3, new ReservationBelief("uniform", 0.3, 0.7))],
            RatificationRule.Always);

        var p = PassProbability.Of(profile, Shares);

        Assert.Equal(0.75, p[4], 6); // sure says yes; doubtful with 0.75
        Assert.Equal(0, p[6], 6);    // sure says no: 3 seats can never reach 6
    }

    [Fact]
    public void A_normal_belief_cut_at_0_and_1_gives_the_textbook_probability()
    {
        // N(0.5, 0.1) cut to [0, 1] is, to 1e-6, N(0.5, 0.1): P(r ≤ 0.6) = Φ(1) = 0.841345 (tables).
        var profile = new RatifierProfile("rada", "buyer", 6, [Bloc("bloc", 10, new ReservationBelief("normal", 0.5, 0.1))], RatificationRule.Always);

        Assert.Equal(0.841345, PassProbability.Of(profile, Shares)[4], 5);
        Assert.Equal(0.5, PassProbability.Of(profile, Shares)[5], 6);
    }

    [Fact]
    public void Counting_seats_gives_the_same_as_adding_up_every_combination_of_lines()
    {
        // Beyond 12 doubtful factions the seats are counted by dynamic programming; both ways must agree.
        var cases = from seats in Gen.Choose(1, 30).ArrayOf(14)
                    from chances in Gen.Choose(0, 1000).ArrayOf(14)
                    select (seats, chances);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(Arb.From(cases), c =>
            {
                var (seats, chances) = c;
                var doubtful = seats.Zip(chances, (s, c) => (s, c / 1000.0)).ToList();
                var needed = seats.Sum() / 2;
                var byCounting = PassProbability.AtLeast(needed, doubtful);
                var byEnumerating = 0.0;
                for (var lines = 0; lines < 1 << doubtful.Count; lines++)
                {
                    var (yes, p) = (0, 1.0);
                    for (var f = 0; f < doubtful.Count; f++)
                    {
                        var says = (lines & (1 << f)) != 0;
                        yes += says ? doubtful[f].Item1 : 0;
                        p *= says ? doubtful[f].Item2 : 1 - doubtful[f].Item2;
                    }

                    byEnumerating += yes >= needed ? p : 0;
                }

                return Math.Abs(byCounting - byEnumerating) < 1e-9;
            }));
    }

    [Fact]
    public void More_uncertainty_never_raises_the_chance_that_a_deal_the_median_passes_gets_through()
    {
        // A deal worth 0.65 to the faction, its reservation uniform on [0.6 − w, 0.6 + w]: P = min(1, 0.5 + 0.05 / (2w)),
        // which falls as w grows: a wider belief makes the signed deal fail more often.
        var widths = from a in Gen.Choose(1, 500)
                     from b in Gen.Choose(1, 500)
                     select (a, b);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(widths), c =>
            {
                var (a, b) = c;
                var (narrow, wide) = (Math.Min(a, b) / 1000.0, Math.Max(a, b) / 1000.0);
                double Pass(double w) => new ReservationBelief("uniform", 0.6 - w, 0.6 + w).Cdf(0.65);
                return Pass(wide) <= Pass(narrow) + 1e-12 && Math.Abs(Pass(narrow) - Math.Min(1, 0.5 + (0.05 / (2 * narrow)))) < 1e-9;
            }));
    }
}
