using NegoSim.Model.Scenarios;

namespace NegoSim.Interop.Tests;

/// <summary>
/// GENIUS XML read by hand-made files in the format of the ANAC 2010–2013 domains (discrete items with evaluations,
/// an integer issue with a linear evaluator, weights, a reservation and a discount factor).
/// </summary>
public sealed class GeniusXmlTests
{
    private const string Domain = """
        <negotiation_template>
        <utility_space number_of_issues="2">
        <objective index="0" etype="objective" type="objective" name="Car Sale">
          <issue index="1" etype="discrete" type="discrete" vtype="discrete" name="Colour Choice">
            <item index="1" value="Red"/>
            <item index="2" value="Night blue"/>
            <item index="3" value="White"/>
          </issue>
          <issue index="2" etype="integer" type="integer" vtype="integer" name="warranty" lowerbound="0" upperbound="4"/>
        </objective>
        </utility_space>
        </negotiation_template>
        """;

    private const string Buyer = """
        <utility_space>
          <objective index="0" etype="objective" type="objective" name="Car Sale">
            <issue index="1" etype="discrete" type="discrete" vtype="discrete" name="Colour Choice">
              <item index="1" value="Red" evaluation="5"/>
              <item index="2" value="Night blue" evaluation="20"/>
              <item index="3" value="White" evaluation="10"/>
            </issue>
            <issue index="2" etype="integer" type="integer" vtype="integer" name="warranty" lowerbound="0" upperbound="4">
              <evaluator ftype="linear" offset="0.2" slope="0.2"/>
            </issue>
            <weight index="1" value="0.25"/>
            <weight index="2" value="0.75"/>
          </objective>
          <reservation value="0.3"/>
          <discount_factor value="0.5"/>
        </utility_space>
        """;

    private const string Seller = """
        <utility_space>
          <objective index="0" etype="objective" type="objective" name="Car Sale">
            <issue index="1" etype="discrete" type="discrete" vtype="discrete" name="Colour Choice">
              <item index="1" value="Red" evaluation="4"/>
              <item index="2" value="Night blue" evaluation="1"/>
              <item index="3" value="White" evaluation="2"/>
            </issue>
            <issue index="2" etype="integer" type="integer" vtype="integer" name="warranty" lowerbound="0" upperbound="4">
              <evaluator ftype="linear" offset="1" slope="-0.25"/>
            </issue>
            <weight index="1" value="0.5"/>
            <weight index="2" value="0.5"/>
          </objective>
        </utility_space>
        """;

    private static CompiledScenario Import(params InteropFile[] files)
    {
        var (yaml, _, _) = DomainImport.Import(files, 5, skipOthers: false);
        return ScenarioReader.Read(new ScenarioSource([new SourceFile("/car.yaml", "car.yaml", yaml)], []));
    }

    private static CompiledScenario Car() =>
        Import(new("car/seller.xml", Seller), new("car/car_domain.xml", Domain), new("car/buyer.xml", Buyer));

    [Fact]
    public void Parties_come_in_the_order_of_their_file_names_each_named_after_its_file()
    {
        var scenario = Car().Scenario;

        Assert.Equal(["buyer", "seller"], scenario.Negotiators.Select(n => n.Name));
        Assert.Equal(["Colour_Choice", "warranty"], scenario.Space.Terms.Select(t => t.Name));
        Assert.Equal(15, scenario.Space.Count);
    }

    [Theory]
    // By hand: the buyer's colour evaluations 5, 20, 10 over the largest, 20: 0.25, 1, 0.5; warranty w: 0.2 + 0.2w.
    // Utility = 0.25·colour + 0.75·warranty. The seller's: 4, 1, 2 over 4: 1, 0.25, 0.5; warranty 1 − 0.25w; halves.
    [InlineData("Red", 0, 0.25 * 0.25 + (0.75 * 0.2), (0.5 * 1) + (0.5 * 1))]
    [InlineData("Night blue", 4, (0.25 * 1) + (0.75 * 1), (0.5 * 0.25) + (0.5 * 0))]
    [InlineData("White", 2, (0.25 * 0.5) + (0.75 * 0.6), (0.5 * 0.5) + (0.5 * 0.5))]
    public void Utilities_are_the_weighted_sums_of_the_evaluations_normalised_as_GENIUS_does(string colour, int warranty, double buyer, double seller)
    {
        var scenario = Car().Scenario;
        var deal = DealParser.Parse(scenario.Space, $"Colour_Choice={colour},warranty={warranty}");

        Assert.Equal(buyer, scenario.Negotiators[0].Utility.Evaluate(deal), 9);
        Assert.Equal(seller, scenario.Negotiators[1].Utility.Evaluate(deal), 9);
    }

    [Fact]
    public void The_reservation_is_kept_and_the_discount_over_the_negotiation_is_spread_over_its_rounds()
    {
        // Deadline 5: a deal in the last round (t = 1) keeps 0.5 of its utility in GENIUS, δ^(5−1) = 0.5 here.
        var buyer = Car().Scenario.Negotiators[0];

        Assert.Equal(0.3, buyer.Reservation, 12);
        Assert.Equal(0.5, Math.Pow(buyer.Discount, 4), 12);
        Assert.Equal(1, Car().Scenario.Negotiators[1].Discount);
    }

    [Fact]
    public void A_non_linear_profile_is_refused_at_its_line()
    {
        var nonlinear = Seller.Replace("<weight index=\"1\" value=\"0.5\"/>", "<utility maxutility=\"1\"><ufun type=\"PlainUfun\"><hyperRectangle utility=\"3\"/></ufun></utility>", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => Import(new("d.xml", Domain), new("a.xml", Buyer), new("b.xml", nonlinear)));

        Assert.StartsWith("b.xml:11:30:", error.Message, StringComparison.Ordinal);
        Assert.Contains("non-linear utility spaces are not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_XML_is_refused_with_its_line_and_column()
    {
        var error = Assert.Throws<ScenarioException>(() => Import(new("d.xml", Domain), new("a.xml", Buyer), new("b.xml", "<utility_space>\n  <objective>\n</utility_space>")));

        Assert.StartsWith("b.xml:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profiles_without_their_domain_are_refused()
    {
        var error = Assert.Throws<ScenarioException>(() => Import(new("a.xml", Buyer), new("b.xml", Seller)));

        Assert.Contains("need their domain file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluator_that_is_not_linear_is_refused()
    {
        var error = Assert.Throws<ScenarioException>(() => Import(new("d.xml", Domain), new("a.xml", Buyer.Replace("ftype=\"linear\"", "ftype=\"quadratic\"", StringComparison.Ordinal)), new("b.xml", Seller)));

        Assert.StartsWith("a.xml:9:", error.Message, StringComparison.Ordinal);
        Assert.Contains("supported: linear", error.Message, StringComparison.Ordinal);
    }
}
