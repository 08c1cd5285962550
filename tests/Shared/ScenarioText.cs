namespace NegoSim.Tests;

/// <summary>A small valid scenario as text, and temporary files holding variants of it.</summary>
internal static class ScenarioText
{
    public const string Valid = """
        name: Test split
        parameters:
          greed: {default: 0.5, range: [0, 1], description: how much the seller weighs price}
        terms:
          price: {range: [0, 10], step: 1}
          speed: {options: [slow, fast]}
        parties:
          seller:
            role: negotiator
            weights: {price: $greed, speed: 0.5}
            values:
              price: {best: 10}
              speed: {best: slow}
            reservation: 0.2
          buyer:
            role: negotiator
            weights: {price: 1, speed: 1}
            values:
              price: {best: 0}
              speed: {values: {slow: 0, fast: 1}}
            reservation: 0.2
            strategy: {kind: time-dependent, exponent: 0.5}
          board:
            role: ratifier
            ratifies: buyer
            threshold: 6
            factions:
              hawks: {seats: 10, weights: {price: 1}, values: {price: {best: 0}}, reservation: 0.3}
        protocol:
          order: [seller, buyer]
          deadline: 6
          ratification: {when: {speed: fast}}
        """;

    /// <summary>Compiles <paramref name="text"/> as the file <c>t.yaml</c>, with <c>--set</c> values.</summary>
    public static NegoSim.Model.Scenarios.CompiledScenario Read(string text, params string[] sets) =>
        NegoSim.Model.Scenarios.ScenarioReader.Read(new NegoSim.Model.Scenarios.ScenarioSource([new("/scenarios/t.yaml", "t.yaml", text)], [.. sets]));

    /// <summary>Writes <paramref name="text"/> to a fresh temporary .yaml file and returns its path.</summary>
    public static string File(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"negosim-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>
    /// <see cref="Valid"/> with the board's one faction (price p worth 1 − p/10 to it) known only by a belief, its
    /// reservation uniform on [<paramref name="low"/>, <paramref name="high"/>], and every deal put to the board.
    /// </summary>
    public static string UncertainBoard(double low, double high) =>
        Replace("reservation: 0.3}", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"reservation: {{uniform: [{low}, {high}]}}}}"))
            .Replace("ratification: {when: {speed: fast}}", "ratification: always", StringComparison.Ordinal);

    public static string Replace(string oldText, string newText)
    {
        Assert.Contains(oldText, Valid);
        return Valid.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
