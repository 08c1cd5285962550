using NegoSim.Model.Analysis;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop.Tests;

/// <summary>GeniusWeb JSON: both spellings of discrete utilities, numeric issues, a reservation bid, three parties, and errors.</summary>
public sealed class GeniusWebTests
{
    private const string Domain = """
        {"name": "picnic", "issuesValues": {
          "food": {"values": ["bread", "cheese", "fruit"]},
          "hour": {"range": {"low": 10, "high": 14, "step": 2}}}}
        """;

    /// <summary>A profile: food utilities, the line of hour's utilities from (10, <paramref name="at10"/>) to (14, <paramref name="at14"/>), equal weights.</summary>
    private static string Profile(string spelling, double bread, double cheese, double fruit, double at10, double at14, string reservation = "") =>
        "{\"LinearAdditiveUtilitySpace\": {\n" +
        "  \"issueUtilities\": {\n" +
        $"    \"food\": {{\"{spelling}\": {{\"valueUtilities\": {{\"bread\": {N(bread)}, \"cheese\": {N(cheese)}, \"fruit\": {N(fruit)}}}}}}},\n" +
        $"    \"hour\": {{\"numberutils\": {{\"lowValue\": 10, \"lowUtility\": {N(at10)}, \"highValue\": 14, \"highUtility\": {N(at14)}}}}}}},\n" +
        "  \"issueWeights\": {\"food\": 0.5, \"hour\": 0.5},\n" +
        $"  \"name\": \"p\"{reservation}}}}}";

    private static string N(double x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CompiledScenario Import(params InteropFile[] files)
    {
        var (yaml, _, _) = DomainImport.Import(files, 10, skipOthers: false);
        return ScenarioReader.Read(new ScenarioSource([new SourceFile("/p.yaml", "p.yaml", yaml)], []));
    }

    [Fact]
    public void Both_spellings_of_discrete_utilities_and_a_numeric_issue_are_read()
    {
        var scenario = Import(
            new("picnic.json", Domain),
            new("ann.json", Profile("discreteutils", 1, 0.5, 0, 0, 1)),
            new("bob.json", Profile("DiscreteValueSetUtilities", 0, 0.5, 1, 1, 0))).Scenario;

        // By hand: ann's (cheese, 12) = 0.5·0.5 + 0.5·0.5 = 0.5; (bread, 14) = 0.5 + 0.5 = 1; bob's (fruit, 10) = 1.
        Assert.Equal(9, scenario.Space.Count);
        Assert.Equal(0.5, scenario.Negotiators[0].Utility.Evaluate(DealParser.Parse(scenario.Space, "food=cheese,hour=12")), 12);
        Assert.Equal(1, scenario.Negotiators[0].Utility.Evaluate(DealParser.Parse(scenario.Space, "food=bread,hour=14")), 12);
        Assert.Equal(1, scenario.Negotiators[1].Utility.Evaluate(DealParser.Parse(scenario.Space, "food=fruit,hour=10")), 12);
    }

    [Fact]
    public void A_reservation_bid_gives_its_utility_as_the_reservation()
    {
        var withBid = Profile("discreteutils", 1, 0.5, 0, 0, 1, """, "reservationBid": {"issuevalues": {"food": "cheese", "hour": 12}}""");

        var scenario = Import(new("picnic.json", Domain), new("ann.json", withBid), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))).Scenario;

        Assert.Equal(0.5, scenario.Negotiators[0].Reservation, 12);
        Assert.Equal(0, scenario.Negotiators[1].Reservation);
    }

    [Fact]
    public void Three_parties_import_and_are_analysed_over_three_utilities()
    {
        // Every party's utilities are read, and the frontier over three utilities holds no point another one beats.
        var scenario = Import(
            new("picnic.json", Domain),
            new("ann.json", Profile("discreteutils", 1, 0.5, 0, 0, 1)),
            new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0)),
            new("carol.json", Profile("discreteutils", 0.5, 1, 0, 0.5, 0.5)));

        var theory = OutcomeAnalysis.Analyze(scenario.Tables);

        Assert.Equal(["ann", "bob", "carol"], scenario.Scenario.Negotiators.Select(n => n.Name));
        Assert.Equal(3, theory.Nash!.Utilities.Length);
        Assert.All(theory.Pareto, p => Assert.DoesNotContain(theory.Pareto, q => Dominates(q.Utilities, p.Utilities)));
    }

    private static bool Dominates(System.Collections.Immutable.ImmutableArray<double> a, System.Collections.Immutable.ImmutableArray<double> b) =>
        a.Zip(b).All(x => x.First >= x.Second) && a.Zip(b).Any(x => x.First > x.Second);

    [Fact]
    public void A_profile_naming_an_issue_the_domain_lacks_is_refused_at_its_place()
    {
        var error = Assert.Throws<ScenarioException>(() => Import(
            new("picnic.json", Domain),
            new("ann.json", Profile("discreteutils", 1, 0.5, 0, 0, 1).Replace("\"hour\": 0.5", "\"minute\": 0.5", StringComparison.Ordinal)),
            new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))));

        Assert.StartsWith("ann.json:5:33:", error.Message, StringComparison.Ordinal);
        Assert.Contains("issue 'minute' is not in the domain; its issues: food, hour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_utility_spaces_and_broken_JSON_are_refused()
    {
        var other = Assert.Throws<ScenarioException>(() => Import(new("picnic.json", Domain), new("ann.json", """{"SumOfGroupsUtilitySpace": {}}"""), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))));
        var broken = Assert.Throws<ScenarioException>(() => Import(new("picnic.json", Domain), new("ann.json", "{\"a\":\n  [1, 2,,]}"), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))));

        Assert.Contains("'SumOfGroupsUtilitySpace' profiles are not supported", other.Message, StringComparison.Ordinal);
        Assert.StartsWith("ann.json:2:", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_of_the_wrong_shape_gets_one_clear_error_naming_it()
    {
        var shapeless = Profile("discreteutils", 1, 0.5, 0, 0, 1).Replace("\"valueUtilities\"", "\"utilities\"", StringComparison.Ordinal);
        var zero = Profile("discreteutils", 1, 0.5, 0, 0, 1).Replace("\"food\": 0.5, \"hour\": 0.5", "\"food\": 0, \"hour\": 0", StringComparison.Ordinal);

        var wrong = Assert.Throws<ScenarioException>(() => Import(new("picnic.json", Domain), new("ann.json", shapeless), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))));
        var unplayable = Assert.Throws<ScenarioException>(() => Import(new("picnic.json", Domain), new("ann.json", zero), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0))));

        Assert.StartsWith("ann.json: not shaped as GeniusWeb writes it", wrong.Message, StringComparison.Ordinal);
        Assert.Contains("make no scenario NegoSim can play", unplayable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_neither_are_refused_unless_a_folder_is_read()
    {
        InteropFile[] files = [new("picnic.json", Domain), new("ann.json", Profile("discreteutils", 1, 0.5, 0, 0, 1)), new("bob.json", Profile("discreteutils", 0, 0.5, 1, 1, 0)), new("notes.json", "{\"size\": 3}")];

        Assert.Contains("neither a domain nor a profile", Assert.Throws<ScenarioException>(() => DomainImport.Import(files, 10, skipOthers: false)).Message, StringComparison.Ordinal);
        Assert.Equal(["notes.json"], DomainImport.Import(files, 10, skipOthers: true).Skipped);
    }
}
