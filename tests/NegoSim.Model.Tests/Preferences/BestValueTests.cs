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
}
