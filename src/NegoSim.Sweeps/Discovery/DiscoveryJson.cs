using System.Text.Json;
using System.Text.Json.Nodes;

namespace NegoSim.Sweeps.Discovery;

/// <summary>
/// <c>negosim discover --format json</c>: <c>{"box": {PARAMETER: [low, high] or [values]}, "coverage", "density",
/// "mass", "trajectory": [...]}</c>, with the quasi-p-values of the box's restrictions and the outcome, threshold and
/// counts beside them. With <c>--method cart</c>: the chosen leaf as <c>box</c>, and every leaf under <c>leaves</c>.
/// </summary>
public static class DiscoveryJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(DiscoveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Cart is { } cart)
        {
            return Tree(result, cart);
        }

        var prim = result.Prim!;
        var chosen = prim.ChosenStep;
        var quasiP = new JsonObject();
        foreach (var limit in prim.Box)
        {
            quasiP[limit.Parameter] = new JsonArray(limit.QuasiPLow, limit.QuasiPHigh);
        }

        var root = new JsonObject
        {
            ["outcome"] = result.Outcome,
            ["method"] = "prim",
            ["threshold"] = prim.Threshold,
            ["runs"] = prim.Points,
            ["cases"] = prim.Cases,
            ["box"] = Box(prim.Box),
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
                ["runs"] = s.Points,
                ["cases"] = s.Cases,
            })]),
        };
        return root.ToJsonString(Indented);
    }

    /// <summary>A tree's answer: the chosen leaf as the box, and every leaf (<c>leaves</c>) with its statistics.</summary>
    private static string Tree(DiscoveryResult result, CartResult cart)
    {
        var chosen = cart.ChosenLeaf;
        var root = new JsonObject
        {
            ["outcome"] = result.Outcome,
            ["method"] = "cart",
            ["threshold"] = cart.Threshold,
            ["runs"] = cart.Points,
            ["cases"] = cart.Cases,
            ["box"] = Box(chosen.Box),
            ["coverage"] = chosen.Coverage,
            ["density"] = chosen.Density,
            ["mass"] = chosen.Mass,
            ["chosen"] = cart.Chosen,
            ["leaves"] = new JsonArray([.. cart.Leaves.Select(l => (JsonNode?)new JsonObject
            {
                ["box"] = Box(l.Box),
                ["coverage"] = l.Coverage,
                ["density"] = l.Density,
                ["mass"] = l.Mass,
                ["restricted"] = l.Box.Length,
                ["runs"] = l.Points,
                ["cases"] = l.Cases,
            })]),
        };
        return root.ToJsonString(Indented);
    }

    private static JsonObject Box(IEnumerable<PrimLimit> limits)
    {
        var box = new JsonObject();
        foreach (var limit in limits)
        {
            box[limit.Parameter] = limit.IsNominal ? new JsonArray([.. limit.Values.Select(v => (JsonNode?)v)]) : new JsonArray(limit.Low, limit.High);
        }

        return box;
    }
}
