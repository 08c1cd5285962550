using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Scenarios;

/// <summary>A scenario keeps its description and briefing texts by path, and a stage that extends it keeps and overrides them.</summary>
public sealed class ScenarioTextsTests
{
    private const string Base = """
        name: texts
        terms:
          share: {range: [0, 10], step: 1, unit: "%", description: the seller's share}
          speed: {options: [slow, fast]}
        parties:
          seller:
            role: negotiator
            description: the one who sells
            briefing: |
              You sell.
              Hold out.
            weights: {share: 1}
            values: {share: {best: 10}}
          buyer:
            role: negotiator
            weights: {share: 1}
            values: {share: {best: 0}}
          house:
            role: ratifier
            ratifies: buyer
            briefing: You vote.
            threshold: 1
            factions:
              bloc: {seats: 1, description: the bloc, briefing: Vote as the bloc does., weights: {share: 1}, values: {share: {best: 0}}}
        protocol: {order: [seller, buyer], deadline: 4}
        """;

    private static Scenario Read(params (string Name, string Text)[] files)
    {
        var folder = files.ToDictionary(f => $"/t/{f.Name}", f => f.Text);
        SourceFile? Open(string path) => folder.TryGetValue(path, out var text) ? new SourceFile(path, path, text) : null;
        return ScenarioReader.Read(new ScenarioSource(ScenarioReader.Files(Open($"/t/{files[0].Name}")!, (path, _) => Open(path)))).Scenario;
    }

    [Fact]
    public void Descriptions_and_briefings_are_kept_by_the_path_set_names_them_by()
    {
        var texts = Read(("base.yaml", Base)).Texts!;
        Assert.Equal("the seller's share", texts.Description("terms.share"));
        Assert.Equal("", texts.Description("terms.speed"));
        Assert.Equal(("the one who sells", "You sell.\nHold out."), (texts.Description("parties.seller"), texts.Briefing("parties.seller")));
        Assert.Equal("", texts.Briefing("parties.buyer"));
        Assert.Equal("You vote.", texts.Briefing("parties.house"));
        Assert.Equal(("the bloc", "Vote as the bloc does."), (texts.Description("parties.house.factions.bloc"), texts.Briefing("parties.house.factions.bloc")));
    }

    [Fact]
    public void A_stage_keeps_its_bases_texts_and_replaces_what_it_names()
    {
        var stage = """
            extends: base.yaml
            parties:
              seller: {briefing: "You sell, later."}
            """;
        var texts = Read(("stage.yaml", stage), ("base.yaml", Base)).Texts!;
        Assert.Equal("You sell, later.", texts.Briefing("parties.seller"));
        Assert.Equal("the one who sells", texts.Description("parties.seller"));
        Assert.Equal("You vote.", texts.Briefing("parties.house"));
    }
}
