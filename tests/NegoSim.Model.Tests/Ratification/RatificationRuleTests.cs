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
}
