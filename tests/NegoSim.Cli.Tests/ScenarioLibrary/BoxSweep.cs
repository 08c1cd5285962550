namespace NegoSim.Cli.Tests.ScenarioLibrary;

/// <summary>A scenario swept over a box of plausible values by Latin hypercube, its rows read back: what the calibration tests assert on.</summary>
internal static class BoxSweep
{
    /// <summary>The rows of a sweep of <paramref name="path"/> over <paramref name="points"/> points of <paramref name="box"/> (its --vary options), each a column name → value map.</summary>
    public static async Task<List<Dictionary<string, string>>> Rows(string path, int points, string[] box)
    {
        var output = Path.Combine(Path.GetTempPath(), $"negosim-box-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, error) = await Cli.Run(["sweep", path, "--sample", points.ToString(System.Globalization.CultureInfo.InvariantCulture), .. box, "--engine", "direct", "--out", output]);
            Assert.True(exit == 0, error);
            var lines = await File.ReadAllLinesAsync(output);
            var header = lines[0].Split(',');
            return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
        }
        finally
        {
            File.Delete(output);
            File.Delete(output + ".json");
        }
    }

    /// <summary>The share of <paramref name="rows"/> that are <paramref name="what"/>.</summary>
    public static double Share(List<Dictionary<string, string>> rows, Func<Dictionary<string, string>, bool> what) =>
        (double)rows.Count(what) / rows.Count;
}
