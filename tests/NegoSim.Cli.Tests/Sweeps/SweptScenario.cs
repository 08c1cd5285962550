namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>The small scenario the sweep command's tests sweep (a faction that votes by chance), and their outputs.</summary>
internal static class SweptScenario
{
    public static readonly string File = ScenarioText.File(ScenarioText.Valid.Replace(
        "hawks: {seats: 10, weights: {price: 1}, values: {price: {best: 0}}, reservation: 0.3}",
        "hawks: {seats: 10, weights: {price: 1}, values: {price: {best: 0}}, reservation: 0.3, discipline: 0.6}",
        StringComparison.Ordinal));

    /// <summary>A new output file's name in the temporary folder (the test deletes it).</summary>
    public static string OutFile(string extension = "csv") => Path.Combine(Path.GetTempPath(), $"negosim-sweep-{Guid.NewGuid():N}.{extension}");

    /// <summary>Sweeps it over 5 × 2 points, 30 runs each, seed 9, into <paramref name="output"/>.</summary>
    public static Task<(int Exit, string Out, string Err)> Sweep(string output, params string[] more) =>
        Cli.Run(["sweep", File, "--vary", "greed=0:0.25:1", "--vary", "parties.buyer.reservation=0.2,0.4", "--runs", "30", "--seed", "9", "--out", output, .. more]);
}
