using NegoSim.Model.Analysis;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop.Tests;

/// <summary>
/// Two ANAC domains in GENIUS XML (Data/genius/README.md): the 2010 Itex–Cypress purchase and the 2015 three-party
/// Dinner import, analyse as a brute-force script over the XML does, and play to an agreement.
/// </summary>
public sealed class GeniusAnacTests
{
    private static CompiledScenario Import(string folder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "genius", folder);
        var files = Directory.GetFiles(path, "*.xml").Select(f => new InteropFile(f, File.ReadAllText(f))).ToList();
        var (yaml, _, _) = DomainImport.Import(files, 60, skipOthers: false);
        return ScenarioReader.Read(new ScenarioSource([new SourceFile("/d.yaml", "d.yaml", yaml)], []));
    }

    [Fact]
    public void Itex_Cypress_from_ANAC_2010_imports_with_its_dollar_prices_as_options_and_its_Nash_point()
    {
        var scenario = Import("anac2010-itex-cypress");
        var theory = OutcomeAnalysis.Analyze(scenario.Tables);

        Assert.Equal(["ItexvsCypress_Cypress", "ItexvsCypress_Itex"], scenario.Scenario.Negotiators.Select(n => n.Name));
        Assert.Contains("$3.47", Assert.IsType<OptionTerm>(scenario.Scenario.Space.Terms.Single(t => t.Name == "Price")).Options);
        Assert.Equal(180, theory.Outcomes);
        Assert.Equal(18, theory.Pareto.Length);
        Assert.Equal(0.6704784151387018, theory.Nash!.Utilities[0], 1e-9);
        Assert.Equal(0.7214778614020514, theory.Nash.Utilities[1], 1e-9);
        Assert.Equal(1.3919562765407532, theory.MaxWelfare!.Utilities.Sum(), 1e-9);
    }

    [Fact]
    public void Dinner_from_ANAC_2015_is_analysed_over_three_utilities()
    {
        var scenario = Import("anac2015-dinner");
        var theory = OutcomeAnalysis.Analyze(scenario.Tables);

        Assert.Equal(3, scenario.Scenario.Negotiators.Length);
        Assert.Equal(1200, theory.Outcomes);
        Assert.Equal(47, theory.Pareto.Length);
        Assert.Equal([0.7976044534315198, 0.8395730809937391, 0.8426888967461419], theory.Nash!.Utilities, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(2.4798664311714007, theory.MaxWelfare!.Utilities.Sum(), 1e-9);
    }

    [Theory]
    [InlineData("anac2010-itex-cypress")]
    [InlineData("anac2015-dinner")]
    public async Task Both_play_to_an_agreement_every_party_signs_above_its_reservation(string folder)
    {
        var compiled = Import(folder);

        var result = await AlternatingOffers.RunAsync(compiled.Tables, 0, new LocalParties(compiled.Tables));

        Assert.True(result.IsSigned);
        Assert.All(compiled.Scenario.Negotiators, n => Assert.True(n.Utility.Evaluate(result.Deal) >= n.Reservation));
    }
}
