using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Outcomes;

public sealed class OptionTermTests
{
    private static readonly OptionTerm Guarantees = new(
        "guarantees", ["none", "supports-efforts", "investment-protection", "commitment"], ["supports-efforts", "none"]);

    [Fact]
    public void Only_options_on_the_table_make_outcomes_in_scale_order()
    {
        Assert.Equal(["none", "supports-efforts"], Guarantees.Options.ToArray());
        Assert.False(Guarantees.TryIndexOf("commitment", out _));
        Assert.True(Guarantees.IsOnScale("commitment"));
    }

    [Fact]
    public void Values_keep_their_distances_on_the_full_scale()
    {
        // best: commitment is three steps from none and two from supports-efforts, although commitment is off the table.
        var values = new BestValue("commitment").Tabulate(Guarantees);

        Assert.Equal(0, values[0]);
        Assert.Equal(1 / 3.0, values[1], 12);
    }

    [Fact]
    public void An_option_off_the_scale_cannot_be_put_on_the_table()
    {
        var error = Assert.Throws<ArgumentException>(() => new OptionTerm("scope", ["a", "b"], ["c"]));

        Assert.Equal("'c' is not an option of term 'scope'; options: a, b.", error.Message);
    }
}
