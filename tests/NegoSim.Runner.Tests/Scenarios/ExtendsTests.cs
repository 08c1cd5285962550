using NegoSim.Runner.Scenarios;

namespace NegoSim.Runner.Tests.Scenarios;

/// <summary>A scenario may build on another with <c>extends</c>: mappings merge key by key, scalars and lists replace.</summary>
public sealed class ExtendsTests
{
    private static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"negosim-extends-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "base.yaml"), ScenarioText.Valid);
        return dir;
    }

    [Fact]
    public void A_stage_changes_only_what_it_names_and_keeps_the_rest_of_its_base()
    {
        var dir = Folder();
        var stage = Path.Combine(dir, "stage.yaml");
        File.WriteAllText(stage, """
            extends: base.yaml
            name: A later stage
            terms:
              price: {range: [0, 5], step: 1}
            parties:
              seller: {reservation: 0.5}
            protocol: {deadline: 3}
            """);

        var s = ScenarioReader.Load(stage).Scenario;

        Assert.Equal("A later stage", s.Name);
        Assert.Equal(12, s.Space.Count);
        Assert.Equal(["price", "speed"], s.Space.Terms.Select(t => t.Name));
        Assert.Equal(0.5, s.Negotiators[0].Reservation);
        Assert.Equal(0.2, s.Negotiators[1].Reservation);
        Assert.Equal(3, s.Protocol.Deadline);
        Assert.Equal(["seller", "buyer"], s.Protocol.Order.ToArray());
    }

    [Fact]
    public void An_error_in_what_the_stage_brings_names_the_stage_file()
    {
        var dir = Folder();
        var stage = Path.Combine(dir, "stage.yaml");
        File.WriteAllText(stage, "extends: base.yaml\nparties:\n  seller: {reservation: 3}\n");

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(stage));

        Assert.Equal($"{stage}:3:25: parties.seller.reservation: 3 is out of range; allowed: [0, 1].", error.Message);
    }

    [Fact]
    public void An_error_the_base_still_holds_names_the_base_file()
    {
        var dir = Folder();
        var stage = Path.Combine(dir, "stage.yaml");
        File.WriteAllText(stage, "extends: base.yaml\nterms:\n  speed: {options: [quick]}\n");

        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Load(stage));

        Assert.Equal($"{Path.Combine(dir, "base.yaml")}:32:32: protocol.ratification.when.speed: 'fast' is not a value of term 'speed'; allowed: quick.", error.Message);
    }

    [Fact]
    public void A_missing_base_and_a_cycle_are_refused()
    {
        var dir = Folder();
        var lost = Path.Combine(dir, "lost.yaml");
        File.WriteAllText(lost, "extends: nowhere.yaml\n");
        var loop = Path.Combine(dir, "loop.yaml");
        File.WriteAllText(loop, "extends: loop.yaml\n");

        Assert.Contains("nowhere.yaml: no such file.", Assert.Throws<ScenarioException>(() => ScenarioReader.Load(lost)).Message);
        Assert.Contains("extends must not form a cycle", Assert.Throws<ScenarioException>(() => ScenarioReader.Load(loop)).Message);
    }
}
