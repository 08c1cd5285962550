using NegoSim.Model.Scenarios;
using NegoSim.Tests;

namespace NegoSim.Interop.Tests;

/// <summary>Exporting a scenario to GeniusWeb and importing it back gives every negotiator the same utility of every outcome.</summary>
public sealed class ExportImportTests
{
    private static CompiledScenario Compile(string path, string text) => ScenarioReader.Read(new ScenarioSource([new SourceFile(path, Path.GetFileName(path), text)], []));

    private static CompiledScenario RoundTrip(Scenario scenario)
    {
        var (_, domain, profiles, _) = GeniusWebWriter.Write(scenario);
        InteropFile[] files = [new("domain.json", domain), .. profiles.Select(p => new InteropFile($"{p.Party}.json", p.Profile))];
        var (yaml, _, _) = DomainImport.Import(files, scenario.Protocol.Deadline, skipOthers: false);
        return Compile("/back.yaml", yaml);
    }

    private static void SameParties(Scenario original, Scenario back)
    {
        Assert.Equal(original.Space.Count, back.Space.Count);
        foreach (var negotiator in original.Negotiators)
        {
            var twin = back.Negotiators.Single(n => n.Name == negotiator.Name);
            for (var o = 0; o < original.Space.Count; o++)
            {
                Assert.Equal(negotiator.Utility.Evaluate(o), twin.Utility.Evaluate(o), 1e-12);
            }

            Assert.Equal(negotiator.Reservation, twin.Reservation, 1e-12);
            Assert.Equal(negotiator.Discount, twin.Discount, 1e-12);
        }
    }

    [Fact]
    public void The_flagship_comes_back_with_every_utility_unchanged()
    {
        var path = Path.Combine(Repo.Root, "scenarios", "minerals-2025", "minerals-deal.yaml");
        var flagship = Compile(path, File.ReadAllText(path)).Scenario;

        SameParties(flagship, RoundTrip(flagship).Scenario);
    }

    [Fact]
    public void A_discount_comes_back_as_it_went()
    {
        // δ = 0.9 a round over 6 rounds leaves 0.9^5 at the deadline, GENIUS's discount factor; imported with the same
        // deadline it is spread back over the rounds.
        var text = """
            name: discounted
            terms:
              price: {range: [0, 10], step: 1}
            parties:
              seller: {role: negotiator, weights: {price: 1}, values: {price: {best: 10}}, reservation: 0.25, discount: 0.9}
              buyer: {role: negotiator, weights: {price: 1}, values: {price: {points: [[0, 1], [4, 0.8], [10, 0]]}}}
            protocol: {deadline: 6}
            """;
        var scenario = Compile("/d.yaml", text).Scenario;

        var (_, _, profiles, _) = GeniusWebWriter.Write(scenario);
        Assert.Contains("\"discount_factor\": 0.59049", profiles.Single(p => p.Party == "seller").Profile, StringComparison.Ordinal);
        SameParties(scenario, RoundTrip(scenario).Scenario);
    }

    [Fact]
    public void An_ANL_domain_goes_out_and_comes_back_the_same()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "anl2023", "domain06");
        var files = Directory.GetFiles(folder, "*.json").Select(f => new InteropFile(f, File.ReadAllText(f))).ToList();
        var imported = Compile("/d.yaml", DomainImport.Import(files, 100, skipOthers: true).Yaml).Scenario;

        SameParties(imported, RoundTrip(imported).Scenario);
    }
}
