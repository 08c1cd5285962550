using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Preferences;

public sealed class BestValueTests
{
    private static readonly RangeTerm Reimbursement = new("reimbursement", 0, 500, 100);
    private static readonly OptionTerm Guarantees = new("guarantees", ["none", "supports-efforts", "investment-protection", "commitment"]);

    [Fact]
    public void Falls_linearly_from_best_to_the_far_end_by_default()
    {
        Assert.Equal([1, 0.8, 0.6, 0.4, 0.2, 0], new BestValue("0").Tabulate(Reimbursement), new Tolerance());
    }

    [Fact]
    public void Is_clamped_beyond_worst()
    {
        Assert.Equal([1, 0.5, 0, 0, 0, 0], new BestValue("0", "200").Tabulate(Reimbursement), new Tolerance());
    }

    [Fact]
    public void Counts_distance_in_positions_for_options()
    {
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1], new BestValue("commitment").Tabulate(Guarantees), new Tolerance());
    }

    [Fact]
    public void An_unknown_option_is_refused_with_the_allowed_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => new BestValue("guaranteed").Tabulate(Guarantees));

        Assert.Equal("best: 'guaranteed' is not an option of term 'guarantees'; allowed: none, supports-efforts, investment-protection, commitment.", error.Message);
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Best_inside_a_range_falls_off_on_both_sides_as_far_is_far()
    {
        // best 200 of 0…500: the far end is 500, 300 away; 0 is 200 away, so worth 1 − 200/300.
        Assert.Equal([1 - (200.0 / 300), 1 - (100.0 / 300), 1, 1 - (100.0 / 300), 1 - (200.0 / 300), 0], new BestValue("200").Tabulate(Reimbursement), new Tolerance());
    }

    [Fact]
    public void A_best_outside_the_range_is_an_ideal_out_of_reach_so_no_value_is_worth_one()
    {
        // A decision, not a defect: a stage may narrow a range below a party's ideal. best 600 of 0…500: the far end
        // is 0, 600 away; 500 is 100 away, so worth 1 − 100/600 — never 1.
        Assert.Equal([0, 1 - (500.0 / 600), 1 - (400.0 / 600), 1 - (300.0 / 600), 1 - (200.0 / 600), 1 - (100.0 / 600)], new BestValue("600").Tabulate(Reimbursement), new Tolerance());
    }

    [Fact]
    public void At_least_is_worth_one_from_the_demand_up_and_falls_to_zero_at_the_bottom()
    {
        // A demand of 250: 0 → 0, 100 → 100/250, 200 → 200/250, 300…500 → 1 (more is no worse).
        Assert.Equal([0, 0.4, 0.8, 1, 1, 1], new BestValue("250", Reach: BestReach.AtLeast).Tabulate(Reimbursement), new Tolerance());
    }

    [Fact]
    public void At_most_is_worth_one_up_to_the_ceiling_and_falls_to_zero_at_the_top()
    {
        Assert.Equal([1, 1, 0.75, 0.5, 0.25, 0], new BestValue("100", Reach: BestReach.AtMost).Tabulate(Reimbursement), new Tolerance());
        Assert.Equal([1, 1, 0.5, 0], new BestValue("supports-efforts", Reach: BestReach.AtMost).Tabulate(Guarantees), new Tolerance());
    }

    [Fact]
    public void At_least_refuses_a_worst_on_its_flat_side()
    {
        var error = Assert.Throws<ArgumentException>(() => new BestValue("200", "400", BestReach.AtLeast).Tabulate(Reimbursement));

        Assert.Contains("every value is worth 1", error.Message, StringComparison.Ordinal);
    }
}
