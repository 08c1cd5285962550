using System.Text.Json;
using System.Text.Json.Nodes;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// <c>negosim discover --format json</c>: <c>{"box": {PARAMETER: [low, high] or [values]}, "coverage", "density",
/// "mass", "trajectory": [...]}</c>, with the quasi-p-values of the box's restrictions and the outcome, threshold and
/// counts beside them.
/// </summary>
public static class DiscoveryJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(DiscoveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var prim = result.Prim;
        var chosen = prim.ChosenStep;
        var box = new JsonObject();
        var quasiP = new JsonObject();
        foreach (var limit in prim.Box)
        {
            box[limit.Parameter] = limit.IsNominal
                ? new JsonArray([.. limit.Values.Select(v => (JsonNode?)v)])
                : new JsonArray(limit.Low, limit.High);
            quasiP[limit.Parameter] = new JsonArray(limit.QuasiPLow, limit.QuasiPHigh);
        }

        var root = new JsonObject
        {
            ["outcome"] = result.Outcome,
            ["method"] = "prim",
            ["threshold"] = prim.Threshold,
            ["points"] = prim.Points,
            ["cases"] = prim.Cases,
            ["box"] = box,
            ["quasi_p"] = quasiP,
            ["coverage"] = chosen.Coverage,
            ["density"] = chosen.Density,
            ["mass"] = chosen.Mass,
            ["chosen"] = prim.Chosen,
            ["trajectory"] = new JsonArray([.. prim.Trajectory.Select(s => (JsonNode?)new JsonObject
            {
                ["coverage"] = s.Coverage,
                ["density"] = s.Density,
                ["mass"] = s.Mass,
                ["restricted"] = s.RestrictedDimensions,
                ["points"] = s.Points,
                ["cases"] = s.Cases,
            })]),
        };
        return root.ToJsonString(Indented);
    }
}
