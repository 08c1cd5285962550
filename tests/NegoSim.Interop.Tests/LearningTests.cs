using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop.Tests;

/// <summary>A frequency learner on the field's domains: it plays without the other side's utility and learns to rank outcomes far better than chance.</summary>
public sealed class LearningTests
{
    [Theory]
    [MemberData(nameof(AnswerKeyTests.Domains), MemberType = typeof(AnswerKeyTests))]
    public async Task A_frequency_learner_ranks_the_outcomes_far_better_than_chance(string domain)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "anl2023", domain);
        var files = Directory.GetFiles(folder, "*.json").Select(f => new InteropFile(f, File.ReadAllText(f))).ToList();
        var yaml = DomainImport.Import(files, 40, skipOthers: true).Yaml;
        var compiled = ScenarioReader.Read(new ScenarioSource([new SourceFile("/d.yaml", "d.yaml", yaml)], ["parties.profileA.opponent-model=frequency"]));

        var result = await AlternatingOffers.RunAsync(compiled.Tables, 0, new LocalParties(compiled.Tables));
        var (negotiator, offers, accuracy) = Assert.Single(OpponentLearning.Of(compiled.Scenario, result));

        // A ranking by chance correlates about 0 (± 0.03 over these thousands of outcomes); a few offers teach far more.
        Assert.Equal("profileA", negotiator);
        Assert.True(offers >= 1);
        Assert.InRange(accuracy, 0.3, 1);
        Assert.True(result.IsSigned);
    }
}
