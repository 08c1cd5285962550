using NegoSim.Model.Outcomes;

namespace NegoSim.Model.Tests.Outcomes;

public sealed class OutcomeSpaceTests
{
    private static readonly OutcomeSpace Space = new([
        new OptionTerm("guarantees", ["none", "commitment"]),
        new RangeTerm("reimbursement", 0, 500, 250),
    ]);

    [Fact]
    public void Outcomes_are_numbered_first_term_slowest_values_ascending()
    {
        Assert.Equal(6, Space.Count);
        Assert.Equal("guarantees=none  reimbursement=0", Space.Describe(0));
        Assert.Equal("guarantees=none  reimbursement=250", Space.Describe(1));
        Assert.Equal("guarantees=commitment  reimbursement=0", Space.Describe(3));
        Assert.Equal("guarantees=commitment  reimbursement=500", Space.Describe(5));
    }

    [Fact]
    public void Compose_inverts_digit()
    {
        for (var o = 0; o < Space.Count; o++)
        {
            Assert.Equal(o, Space.Compose([Space.Digit(o, 0), Space.Digit(o, 1)]));
        }
    }

    [Fact]
    public void A_space_over_a_million_outcomes_is_refused_naming_terms_and_a_remedy()
    {
        var error = Assert.Throws<OutcomeSpaceTooLargeException>(() => new OutcomeSpace([
            new RangeTerm("reimbursement", 0, 500, 0.5),
            new RangeTerm("revenue_share", 0, 1, 0.001),
        ]));

        Assert.Contains("reimbursement 1001 × revenue_share 1001", error.Message);
        Assert.Contains("coarser step", error.Message);
    }
}
