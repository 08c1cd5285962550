using System.Text;
using System.Text.Json;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>A sweep's rows reach the file as the UTF-8 bytes they were made as, whichever engine made them.</summary>
public sealed class SweepOutputTests : IDisposable
{
    // Values outside ASCII: Cyrillic, a flag made of two characters outside the BMP (two UTF-16 units each), a check
    // mark, and a comma and quotes that CSV must quote.
    private const string Scenario = """
        name: Юнікод
        parameters:
          greed: {default: 0.5, range: [0, 1]}
        terms:
          price: {range: [0, 10], step: 1}
          city: {options: [Київ 🇺🇦, "Львів, ✓", "Одеса \"порт\""]}
        parties:
          seller: {role: negotiator, weights: {price: $greed, city: 0.5}, values: {price: {best: 10}, city: {best: Київ 🇺🇦}}, reservation: 0.2}
          buyer: {role: negotiator, weights: {price: 0.5, city: 0.5}, values: {price: {best: 0}, city: {best: Київ 🇺🇦}}, reservation: 0.2}
        protocol: {order: [seller, buyer], deadline: 6}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("negosim-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public async Task Values_outside_ascii_reach_the_file_unchanged_whichever_engine_made_the_rows(string format)
    {
        var scenario = Path.Combine(_folder, "unicode.yaml");
        await File.WriteAllTextAsync(scenario, Scenario);
        var files = new List<byte[]>();
        foreach (var how in new[] { new[] { "--engine", "batch", "--workers", "2" }, ["--engine", "batch", "--workers", "1"], ["--engine", "direct"] })
        {
            var output = Path.Combine(_folder, $"rows-{files.Count}.{format}");
            var (exit, _, error) = await Cli.Run(["sweep", scenario, "--vary", "greed=0:0.25:1", "--vary", "parties.buyer.values.city.best=Київ 🇺🇦,Одеса \"порт\"", "--format", format, "--out", output, .. how]);
            Assert.True(exit == 0, error);
            files.Add(await File.ReadAllBytesAsync(output));
        }

        Assert.All(files, f => Assert.Equal(files[0], f));
        var lines = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(files[0]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Run 0: greed 0, so the seller cares only for the city, and both want Київ 🇺🇦: the seller's opening offer gives
        // the buyer everything (price 0, Київ 🇺🇦), and the buyer signs it in round 1, each with utility 1.
        if (format == "csv")
        {
            Assert.Equal(11, lines.Length);
            Assert.StartsWith("0,", lines[1], StringComparison.Ordinal);
            Assert.Contains(",0,Київ 🇺🇦,signed,1,0,Київ 🇺🇦,1,1,", lines[1], StringComparison.Ordinal);
            Assert.Contains(",\"Одеса \"\"порт\"\"\",", lines[2], StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(10, lines.Length);
            var first = JsonDocument.Parse(lines[0]).RootElement;
            Assert.Equal(("Київ 🇺🇦", "Київ 🇺🇦", "signed", 1), (first.GetProperty("parties.buyer.values.city.best").GetString(), first.GetProperty("city").GetString(), first.GetProperty("status").GetString(), first.GetProperty("round").GetInt32()));
            Assert.Equal("Одеса \"порт\"", JsonDocument.Parse(lines[1]).RootElement.GetProperty("parties.buyer.values.city.best").GetString());
        }
    }
}
