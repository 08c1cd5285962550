using NegoSim.Runner.Scenarios;

namespace NegoSim.Runner.Commands;

/// <summary>Reads the scenario named on the command line with its <c>--set</c> overrides.</summary>
internal static class ScenarioLoading
{
    public static ScenarioFile Load(string path, IEnumerable<string>? sets) =>
        ScenarioReader.Load(path, [.. (sets ?? []).Select(s => ScenarioOverride.Parse(s))]);
}
