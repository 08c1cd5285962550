using System.Globalization;
using NegoSim.Reports.Html;

namespace NegoSim.Sweeps.Sensitivity;

/// <summary>
/// The report of a sensitivity analysis (<c>negosim sensitivity --report</c>): per output, each parameter's indices
/// with their 95 % intervals, drawn and tabulated, the most influential first — first-order and total Sobol' indices,
/// or Morris's μ* (with σ beside it).
/// </summary>
public static class SensitivityPage
{
    public static HtmlReport Create(SensitivityResult result, string scenario)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var sobol = result.Design.Method == "sobol";
        var page = new HtmlReport("Which parameters decide the outcome");
        page.Paragraph(string.Create(c, $"{scenario}: {result.Design} over {string.Join(", ", result.Parameters)} — {result.Points:N0} design points, {result.RunsPerPoint} run(s) each."), "outcome");
        foreach (var warning in result.Warnings)
        {
            page.Paragraph("Note: " + warning);
        }

        for (var o = 0; o < result.Outputs.Length; o++)
        {
            var output = result.Outputs[o];
            page.Heading(output.Name);
            if (output.Sobol is { } indices)
            {
                var sorted = indices.Indices.OrderByDescending(i => i.ST).ToList();
                page.Chart($"sobol-{o}", $"Sobol' indices of {output.Name}: first order (alone) and total (with every interaction), each with its 95% interval.", SobolChart(sorted), 2 * sorted.Count);
                page.Table(
                    $"sobol-table-{o}",
                    ["parameter", "S1", "S1 95%", "ST", "ST 95%"],
                    sorted.Select(i => (IReadOnlyList<string>)[i.Parameter, F(i.S1), "± " + F(i.S1Conf), F(i.ST), "± " + F(i.STConf)]));
            }
            else
            {
                var sorted = output.Morris.OrderByDescending(m => m.MuStar).ToList();
                page.Chart($"morris-{o}", $"Morris's μ* of {output.Name} (the mean size of a parameter's elementary effects) with its 95% interval.", MorrisChart(sorted), sorted.Count);
                page.Table(
                    $"morris-table-{o}",
                    ["parameter", "μ*", "μ* 95%", "μ", "σ"],
                    sorted.Select(m => (IReadOnlyList<string>)[m.Parameter, F(m.MuStar), "± " + F(m.MuStarConf), F(m.Mu), F(m.Sigma)]));
            }
        }

        page.Paragraph(sobol
            ? "S1 is the share of the output's variance a parameter explains alone; ST the share it has a hand in, interactions included. A large ST with a small S1 means the parameter matters through others."
            : "μ* ranks the parameters by influence; a σ near μ* means the effect depends on where the others are (interactions or non-linearity); μ far from μ* means effects of both signs.");
        return page;
    }

    private static object SobolChart(IReadOnlyList<SobolIndex> indices) => new
    {
        width = ChartStyle.PageWidth,
        autosize = ChartStyle.FitWidth,
        height = 30 + (36 * indices.Count),
        data = new
        {
            values = indices.SelectMany(i => new[]
            {
                new { parameter = i.Parameter, index = "S1", value = R(i.S1), low = R(i.S1 - i.S1Conf), high = R(i.S1 + i.S1Conf) },
                new { parameter = i.Parameter, index = "ST", value = R(i.ST), low = R(i.ST - i.STConf), high = R(i.ST + i.STConf) },
            }),
        },
        encoding = new
        {
            y = new { field = "parameter", type = "nominal", sort = indices.Select(i => i.Parameter).ToArray(), title = (string?)null },
            yOffset = new { field = "index", type = "nominal" },
            color = new { field = "index", type = "nominal", title = "index" },
        },
        layer = new object[]
        {
            new { mark = new { type = "bar" }, encoding = new { x = new { field = "value", type = "quantitative", title = "share of variance" }, tooltip = new object[] { new { field = "parameter", type = "nominal" }, new { field = "index", type = "nominal" }, new { field = "value", type = "quantitative" }, new { field = "low", type = "quantitative" }, new { field = "high", type = "quantitative" } } } },
            new { mark = new { type = "rule", color = "black" }, encoding = new { x = new { field = "low", type = "quantitative" }, x2 = new { field = "high" } } },
        },
    };

    private static object MorrisChart(IReadOnlyList<MorrisIndex> measures) => new
    {
        width = ChartStyle.PageWidth,
        autosize = ChartStyle.FitWidth,
        height = 30 + (24 * measures.Count),
        data = new { values = measures.Select(m => new { parameter = m.Parameter, mu_star = R(m.MuStar), low = R(m.MuStar - m.MuStarConf), high = R(m.MuStar + m.MuStarConf), sigma = R(m.Sigma) }) },
        encoding = new { y = new { field = "parameter", type = "nominal", sort = measures.Select(m => m.Parameter).ToArray(), title = (string?)null } },
        layer = new object[]
        {
            new { mark = new { type = "bar" }, encoding = new { x = new { field = "mu_star", type = "quantitative", title = "μ*" }, tooltip = new object[] { new { field = "parameter", type = "nominal" }, new { field = "mu_star", type = "quantitative" }, new { field = "sigma", type = "quantitative" } } } },
            new { mark = new { type = "rule", color = "black" }, encoding = new { x = new { field = "low", type = "quantitative" }, x2 = new { field = "high" } } },
        },
    };

    private static double? R(double x) => double.IsFinite(x) ? Math.Round(x, 4) : null;

    private static string F(double x) => double.IsFinite(x) ? x.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
