using NegoSim.Model.Scenarios;

namespace NegoSim.Model.Tests.Scenarios;

/// <summary>A scenario may build on another with <c>extends</c>: mappings merge key by key, scalars and lists replace.</summary>
public sealed class ExtendsTests
{
    private const string Dir = "/scenarios";

    /// <summary>Reads <paramref name="file"/> of a folder holding base.yaml (the valid scenario) and <paramref name="files"/>, as the runner would from disk.</summary>
    private static CompiledScenario Load(string file, params (string Name, string Text)[] files)
    {
        var folder = files.Append(("base.yaml", ScenarioText.Valid)).ToDictionary(f => $"{Dir}/{f.Item1}", f => f.Item2);
        SourceFile? Open(string path) => folder.TryGetValue(path, out var text) ? new SourceFile(path, path, text) : null;
        return ScenarioReader.Read(new ScenarioSource(ScenarioReader.Files(Open(file)!, (path, _) => Open(path))));
    }

    [Fact]
    public void A_stage_changes_only_what_it_names_and_keeps_the_rest_of_its_base()
    {
        const string stage = $"{Dir}/stage.yaml";
        var text = """
            extends: base.yaml
            name: A later stage
            terms:
              price: {range: [0, 5], step: 1}
            parties:
              seller: {reservation: 0.5}
            protocol: {deadline: 3}
            """;

        var s = Load(stage, ("stage.yaml", text)).Scenario;

        Assert.Equal("A later stage", s.Name);
        Assert.Equal(12, s.Space.Count);
        Assert.Equal(["price", "speed"], s.Space.Terms.Select(t => t.Name));
        Assert.Equal(0.5, s.Negotiators[0].Reservation);
        Assert.Equal(0.2, s.Negotiators[1].Reservation);
        Assert.Equal(3, s.Protocol.Deadline);
        Assert.Equal(["seller", "buyer"], s.Protocol.Order.ToArray());
    }

    [Fact]
    public void A_parameter_whose_every_use_the_stage_replaced_is_no_parameter_and_setting_it_is_refused()
    {
        // base.yaml's only $greed is the seller's price weight; the stage sets that weight itself.
        const string stage = $"{Dir}/stage.yaml";
        var files = new[] { ("stage.yaml", "extends: base.yaml\nparties:\n  seller: {weights: {price: 0.7}}\n"), ("base.yaml", ScenarioText.Valid) };
        var folder = files.ToDictionary(f => $"{Dir}/{f.Item1}", f => f.Item2);
        SourceFile? Open(string path) => folder.TryGetValue(path, out var text) ? new SourceFile(path, path, text) : null;
        var sources = ScenarioReader.Files(Open(stage)!, (path, _) => Open(path));

        Assert.Empty(ScenarioReader.Read(new ScenarioSource(sources)).Parameters);
        Assert.Single(ScenarioReader.Read(new ScenarioSource([Open($"{Dir}/base.yaml")!])).Parameters);
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(new ScenarioSource(sources, ["greed=0.3"])));
        Assert.Equal("--set greed=0.3: greed: the parameter 'greed' is used nowhere in this scenario as read: no $greed is left (a file that extends another replaced every one), so setting it would change nothing.", error.Message);

        // A sweep's points (compiled from a template, sharing parts) refuse it alike, at the first point and after.
        var template = new ScenarioTemplate(new ScenarioSource(sources));
        Assert.Empty(template.At([]).Parameters);
        Assert.Throws<ScenarioException>(() => template.At(["greed=0.3"]));
        Assert.Empty(template.At([]).Parameters);
    }

    [Fact]
    public void An_error_in_what_the_stage_brings_names_the_stage_file()
    {
        const string stage = $"{Dir}/stage.yaml";

        var error = Assert.Throws<ScenarioException>(() => Load(stage, ("stage.yaml", "extends: base.yaml\nparties:\n  seller: {reservation: 3}\n")));

        Assert.Equal($"{stage}:3:25: parties.seller.reservation: 3 is out of range; allowed: [0, 1].", error.Message);
    }

    [Fact]
    public void An_error_the_base_still_holds_names_the_base_file()
    {
        var error = Assert.Throws<ScenarioException>(() => Load($"{Dir}/stage.yaml", ("stage.yaml", "extends: base.yaml\nterms:\n  speed: {options: [quick]}\n")));

        Assert.Equal($"{Dir}/base.yaml:32:32: protocol.ratification.when.speed: 'fast' is not a value of term 'speed'; allowed: quick.", error.Message);
    }

    [Fact]
    public void A_missing_base_and_a_cycle_are_refused()
    {
        (string, string) lost = ("lost.yaml", "extends: nowhere.yaml\n"), loop = ("loop.yaml", "extends: loop.yaml\n");

        Assert.Contains("nowhere.yaml: no such file.", Assert.Throws<ScenarioException>(() => Load($"{Dir}/lost.yaml", lost)).Message);
        Assert.Contains("extends must not form a cycle", Assert.Throws<ScenarioException>(() => Load($"{Dir}/loop.yaml", loop)).Message);
    }

    [Fact]
    public void An_extends_path_with_a_line_break_is_refused_in_one_line()
    {
        // Found by the fuzz test: a quoted path over two lines gave a two-line error.
        var text = "extends: \"first line\\nsecond line.yaml\"\nname: x";

        var error = Assert.Throws<ScenarioException>(() => Load($"{Dir}/stage.yaml", ("stage.yaml", text)));

        Assert.DoesNotContain('\n', error.Message);
        Assert.EndsWith(":1:10: extends: the path holds a control character (such as a NUL or a line break); give the path of a scenario file.", error.Message, StringComparison.Ordinal);
    }
}
