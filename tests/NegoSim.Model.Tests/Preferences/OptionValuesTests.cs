using System.Collections.Immutable;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Preferences;

namespace NegoSim.Model.Tests.Preferences;

public sealed class OptionValuesTests
{
    private static readonly OptionTerm Scope = new("scope", ["rare-earths", "plus-oil-gas", "plus-infrastructure"]);

    [Fact]
    public void Gives_each_option_its_listed_value_in_option_order()
    {
        var values = new OptionValues(ImmutableDictionary<string, double>.Empty.Add("plus-infrastructure", 1).Add("rare-earths", 0.2).Add("plus-oil-gas", 0.7));

        Assert.Equal([0.2, 0.7, 1], values.Tabulate(Scope));
    }

    [Fact]
    public void Every_option_must_be_listed()
    {
        var error = Assert.Throws<ArgumentException>(() => new OptionValues(ImmutableDictionary<string, double>.Empty.Add("rare-earths", 1)).Tabulate(Scope));

        Assert.Contains("missing: plus-oil-gas, plus-infrastructure", error.Message);
    }

    [Fact]
    public void Values_outside_zero_to_one_are_refused()
    {
        var values = ImmutableDictionary<string, double>.Empty.Add("rare-earths", 1.5).Add("plus-oil-gas", 0).Add("plus-infrastructure", 0);

        Assert.Contains("[0, 1]", Assert.Throws<ArgumentException>(() => new OptionValues(values).Tabulate(Scope)).Message);
    }
}
