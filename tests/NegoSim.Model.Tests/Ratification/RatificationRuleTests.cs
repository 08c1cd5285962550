using NegoSim.Model.Outcomes;
using NegoSim.Model.Ratification;

namespace NegoSim.Model.Tests.Ratification;

public sealed class RatificationRuleTests
{
    private static readonly OutcomeSpace Space = new([new OptionTerm("specific_numbers", ["no", "yes"]), new OptionTerm("scope", ["a", "b", "c"])]);

    [Fact]
    public void When_requires_ratification_exactly_where_the_condition_holds()
    {
        var required = new WhenRule([new TermCondition("specific_numbers", ["yes"])]).RequiredIn(Space);

        Assert.Equal(3, required.Count);
        Assert.True(required.Contains(Space.Compose([1, 2])));
        Assert.False(required.Contains(Space.Compose([0, 2])));
    }

    [Fact]
    public void Conditions_combine_with_and_and_values_with_or()
    {
        var required = new WhenRule([new TermCondition("specific_numbers", ["yes"]), new TermCondition("scope", ["b", "c"])]).RequiredIn(Space);

        Assert.Equal(2, required.Count);
    }

    [Fact]
    public void Always_and_never()
    {
        Assert.Equal(6, RatificationRule.Always.RequiredIn(Space).Count);
        Assert.Equal(0, RatificationRule.Never.RequiredIn(Space).Count);
    }

    [Fact]
    public void A_value_the_term_lacks_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new WhenRule([new TermCondition("specific_numbers", ["true"])]).RequiredIn(Space));

        Assert.Equal("'true' is not a value of term 'specific_numbers'; allowed: no, yes.", error.Message);
    }

    [Fact]
    public void A_condition_on_a_value_off_the_table_never_holds()
    {
        var space = new OutcomeSpace([new OptionTerm("specific_numbers", ["no", "yes"], ["no"])]);

        Assert.Equal(0, new WhenRule([new TermCondition("specific_numbers", ["yes"])]).RequiredIn(space).Count);
    }

    private static readonly OutcomeSpace Drafts = new([new OptionTerm("specific_numbers", ["no", "yes"]), new RangeTerm("reimbursement", 0, 500, 100)]);

    [Fact]
    public void Any_holds_where_one_of_its_conditions_does_a_repayment_figure_is_a_specific_number()
    {
        // 2 × 6 drafts. Ratification when the text has numbers (6 drafts) or any reimbursement above 0 (5 of the other 6).
        var rule = new WhenRule([new AnyCondition([new TermCondition("specific_numbers", ["yes"]), new TermComparison("reimbursement", Comparison.Above, 0)])]);

        var required = rule.RequiredIn(Drafts);

        Assert.Equal(11, required.Count);
        Assert.False(required.Contains(Drafts.Compose([0, 0])));
        Assert.True(required.Contains(Drafts.Compose([0, 5])));
    }

    [Theory]
    [InlineData(Comparison.Above, 200, 3)]
    [InlineData(Comparison.AtLeast, 200, 4)]
    [InlineData(Comparison.Below, 200, 2)]
    [InlineData(Comparison.AtMost, 200, 3)]
    [InlineData(Comparison.Above, 250, 3)]
    public void Comparisons_count_the_values_on_the_right_side_of_the_bound(Comparison comparison, double bound, int values)
    {
        // Values 0, 100, …, 500; each holds for both options of specific_numbers.
        var required = new WhenRule([new TermComparison("reimbursement", comparison, bound)]).RequiredIn(Drafts);

        Assert.Equal(2 * values, required.Count);
    }

    [Fact]
    public void All_holds_where_every_condition_does()
    {
        var required = new WhenRule([new AllCondition([new TermCondition("specific_numbers", ["yes"]), new TermComparison("reimbursement", Comparison.AtMost, 100)])]).RequiredIn(Drafts);

        Assert.Equal(2, required.Count);
    }

    [Fact]
    public void An_option_term_cannot_be_compared_with_a_number()
    {
        var error = Assert.Throws<ArgumentException>(() => new WhenRule([new TermComparison("specific_numbers", Comparison.Above, 0)]).RequiredIn(Drafts));

        Assert.Contains("not a numeric term", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_that_differ_print_differently_so_they_are_kept_apart()
    {
        var any = new WhenRule([new AnyCondition([new TermCondition("specific_numbers", ["yes"]), new TermComparison("reimbursement", Comparison.Above, 0)])]);
        var all = new WhenRule([new AllCondition([new TermCondition("specific_numbers", ["yes"]), new TermComparison("reimbursement", Comparison.Above, 0)])]);

        Assert.NotEqual(any.ToString(), all.ToString());
    }
}
