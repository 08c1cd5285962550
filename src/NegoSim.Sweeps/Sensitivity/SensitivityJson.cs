using System.Text.Json;
using System.Text.Json.Nodes;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// <c>negosim sensitivity --format json</c>: <c>{"method", "samples", "outputs": {OUTPUT: {PARAMETER: {…}}}}</c> with
/// SALib's names — <c>S1, S1_conf, ST, ST_conf</c> for Sobol' (and <c>second_order: {OUTPUT: {"A,B": {S2, S2_conf}}}</c>
/// with second order), <c>mu, mu_star, sigma, mu_star_conf</c> for Morris — beside the design, the points, the runs
/// per point, the warnings and the rows' file.
/// </summary>
public static class SensitivityJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Write(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outputs = new JsonObject();
        JsonObject? secondOrder = null;
        foreach (var output in result.Outputs)
        {
            var parameters = new JsonObject();
            if (output.Sobol is { } sobol)
            {
                foreach (var index in sobol.Indices)
                {
                    parameters[index.Parameter] = new JsonObject { ["S1"] = index.S1, ["S1_conf"] = index.S1Conf, ["ST"] = index.ST, ["ST_conf"] = index.STConf };
                }

                if (sobol.S2 is { } s2)
                {
                    secondOrder ??= [];
                    var pairs = new JsonObject();
                    for (var j = 0; j < s2.Length; j++)
                    {
                        for (var k = j + 1; k < s2.Length; k++)
                        {
                            pairs[$"{result.Parameters[j]},{result.Parameters[k]}"] = new JsonObject { ["S2"] = s2[j][k], ["S2_conf"] = sobol.S2Conf![j][k] };
                        }
                    }

                    secondOrder[output.Name] = pairs;
                }
            }
            else
            {
                foreach (var index in output.Morris)
                {
                    parameters[index.Parameter] = new JsonObject { ["mu"] = index.Mu, ["mu_star"] = index.MuStar, ["sigma"] = Finite(index.Sigma), ["mu_star_conf"] = index.MuStarConf };
                }
            }

            outputs[output.Name] = parameters;
        }

        var root = new JsonObject
        {
            ["method"] = result.Design.Method,
            ["samples"] = result.Design.Samples,
            ["design"] = result.Design.ToString(),
            ["points"] = result.Points,
            ["runs_per_point"] = result.RunsPerPoint,
            ["parameters"] = new JsonArray([.. result.Parameters.Select(p => (JsonNode?)p)]),
            ["outputs"] = outputs,
        };
        if (secondOrder is not null)
        {
            root["second_order"] = secondOrder;
        }

        root["warnings"] = new JsonArray([.. result.Warnings.Select(w => (JsonNode?)w)]);
        root["rows"] = result.RowsFile;
        return root.ToJsonString(Indented);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
