using NegoSim.Model.Parties;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

namespace NegoSim.Interop.Tests;

/// <summary>A frequency or Bayesian learner on the field's domains: it plays without the other side's utility and learns to rank outcomes far better than chance.</summary>
public sealed class LearningTests
{
    public static TheoryData<string, string> Learners()
    {
        var learners = new TheoryData<string, string>();
        foreach (var domain in new[] { "domain00", "domain06", "domain13", "domain21", "domain44" })
        {
            learners.Add(domain, "frequency");
            learners.Add(domain, "bayesian");
        }

        return learners;
    }

    [Theory]
    [MemberData(nameof(Learners))]
    public async Task A_learner_ranks_the_outcomes_far_better_than_chance(string domain, string model)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Data", "anl2023", domain);
        var files = Directory.GetFiles(folder, "*.json").Select(f => new InteropFile(f, File.ReadAllText(f))).ToList();
        var yaml = DomainImport.Import(files, 40, skipOthers: true).Yaml;
        var compiled = ScenarioReader.Read(new ScenarioSource([new SourceFile("/d.yaml", "d.yaml", yaml)], [$"parties.profileA.opponent-model={model}"]));

        var result = await AlternatingOffers.RunAsync(compiled.Tables, 0, new LocalParties(compiled.Tables));
        var (negotiator, learned, offers, accuracy) = Assert.Single(OpponentLearning.Of(compiled.Scenario, result));

        // A ranking by chance correlates about 0 (± 0.03 over these thousands of outcomes); a few offers teach far more.
        Assert.Equal("profileA", negotiator);
        Assert.Equal(model, learned.ToString().ToLowerInvariant());
        Assert.True(offers >= 1);
        Assert.InRange(accuracy, 0.3, 1);
        Assert.True(result.IsSigned);
    }
}
