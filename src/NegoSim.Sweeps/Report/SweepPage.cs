using System.Globalization;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Reports;
using NegoSim.Reports.Html;
using NegoSim.Reports.Json;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps.Report;

/// <summary>
/// The report of a sweep (<c>negosim sweep --report</c>): the outcomes with their 95 % intervals; along each axis the
/// outcome shares and mean utilities; with two or more axes, heatmaps of the signed and ratified shares and of each
/// negotiator's mean utility; which terms survive; and the manifest (scenario hash, seed, command). Everything is
/// drawn from the sweep's tallies, so the page's size does not grow with the runs.
/// </summary>
public static class SweepPage
{
    /// <param name="manifest">The sweep's manifest.</param>
    /// <param name="summary">Its tallies.</param>
    /// <param name="columns">Its columns.</param>
    /// <param name="planned">The runs it was to make.</param>
    /// <param name="parameters">The scenario's parameters with the sweep's <c>--set</c> values (the varied ones are said to be).</param>
    public static HtmlReport Create(SweepManifest manifest, SweepSummary summary, SweepColumns columns, long planned, IReadOnlyList<ScenarioParameter> parameters)
    {
        var page = new HtmlReport($"{manifest.ScenarioName} — sweep");
        var total = summary.Total;
        var done = total.Runs < planned ? $" (interrupted: {Numbers.Count(total.Runs)} of {Numbers.Count(planned)} runs)" : "";
        page.Paragraph($"{Numbers.Count(total.Runs)} runs{done}: {SweepSummary.Percent(total.Signed, total.Runs)} signed, {(total.Voted == 0 ? "none needed ratification" : $"{SweepSummary.Percent(total.Count(OutcomeStatus.Ratified), total.Runs)} ratified")}.", "outcome");
        var varied = manifest.Grid.Select(a => a.Name).ToList();
        ParameterSettings.Summary(page, parameters, varied);
        if (summary.Repeated)
        {
            page.Paragraph("This scenario draws on no chance (every faction's discipline is 1), so the runs of a point are one run repeated: the 95% intervals count grid points, not runs.");
        }

        var statuses = Enum.GetValues<OutcomeStatus>().Select(s => s.Name()).Append("error").Where(s => s != "error" || total.Errors > 0);
        page.Table("outcomes", ["outcome", "runs", "share", "95% interval"], statuses.Select(s => (IReadOnlyList<string>)Rate(summary, s, total.Count(s))).Append(Rate(summary, "signed (any)", total.Signed)));

        if (summary.Bins is { } bins)
        {
            for (var a = 0; a < bins.Along.Count; a++)
            {
                page.Heading($"Along {bins.Along[a].Name}");
                page.Chart($"outcomes-along-{a + 1}", "The share of each outcome among the runs at each value" + Binned(bins.Along[a]) + ".", SweepCharts.StatusesAlong(bins, a));
                page.Chart($"utilities-along-{a + 1}", "Each negotiator's mean utility among the runs at each value.", SweepCharts.UtilitiesAlong(bins, a, columns.Negotiators));
            }

            if (bins.Across is var (rows, cols))
            {
                page.Heading($"Across {rows.Name} and {cols.Name}");
                var measures = new List<(string, string, Func<SweepTally, double?>, bool)>
                {
                    ("signed", "signed share", t => t.Runs == 0 ? null : (double)t.Signed / t.Runs, true),
                };
                if (total.Voted > 0)
                {
                    measures.Add(("ratified", "ratified share", t => t.Runs == 0 ? null : (double)t.Count(OutcomeStatus.Ratified) / t.Runs, true));
                }

                for (var i = 0; i < columns.Negotiators.Length; i++)
                {
                    var index = i;
                    measures.Add(($"utility_{i + 1}", $"mean utility of {columns.Negotiators[i]}", t => t.MeanUtility(index), false));
                }

                var (heatmaps, cells) = SweepCharts.Heatmaps(bins, measures);
                page.Chart("heatmaps", "Cell by cell" + Binned(rows) + Binned(cols) + ": the share of runs signed (ratified or not)" + (total.Voted > 0 ? ", the share signed and then ratified" : "") + ", and what each negotiator ends with on average (its reservation where no deal held).", heatmaps, cells);
            }
        }

        if (total.Signed > 0)
        {
            page.Heading("Which terms survive");
            page.Chart("terms", "For each term, how many signed deals held each of its values" + (total.Voted > 0 ? ", and how many of those were then ratified." : "."), SweepCharts.TermSurvival(summary, columns.Space, total.Voted > 0));
        }

        page.Heading("The scenario's parameters");
        ParameterSettings.Table(page, parameters, varied);

        page.Heading("Manifest");
        var c = CultureInfo.InvariantCulture;
        page.Table("manifest", ["", ""], new List<IReadOnlyList<string>>
        {
            new[] { "scenario", $"{manifest.ScenarioName} ({manifest.ScenarioFile})" },
            new[] { "scenario SHA-256", manifest.ScenarioSha256 },
            new[] { "command", string.Join(' ', manifest.Command) },
            new[] { "master seed", manifest.MasterSeed.ToString(c) },
            new[] { "grid", string.Join("; ", manifest.Grid.Select(a => $"{a.Name}: {Values(a.Values)}")) + (manifest.Sample is { } n ? $" ({Numbers.Count(n)} points by Latin hypercube)" : "") },
            new[] { "runs per point", Numbers.Count(manifest.RunsPerPoint) },
            new[] { "runs", Numbers.Count(manifest.Runs) + (manifest.Shard is { } shard ? $" (shard {shard})" : "") },
            new[] { "where", manifest.Cluster is { } cluster ? $"a cluster at {cluster}, {manifest.Silos} silos" : "this machine" },
            new[] { "started", manifest.Started.ToString("u", c) },
            new[] { "negosim", manifest.NegosimVersion },
        });
        page.Data("negosim-manifest", System.Text.Json.JsonSerializer.Serialize(manifest, ReportJson.Options));
        return page;
    }

    private static string[] Rate(SweepSummary summary, string name, long count)
    {
        var (low, high) = summary.Interval(count, summary.Total.Runs);
        return [name, Numbers.Count(count), SweepSummary.Percent(count, summary.Total.Runs), string.Create(CultureInfo.InvariantCulture, $"{low * 100:0.0}–{high * 100:0.0}%")];
    }

    private static string Binned(AxisBins axis) =>
        axis.IsPooled ? $" ({axis.Name} in {axis.Count} bins of neighbouring values)" : "";

    private static string Values(IReadOnlyList<string> values) =>
        values.Count <= 6 ? string.Join(", ", values) : $"{values[0]}, {values[1]}, … {values[^1]} ({Numbers.Count(values.Count)} values)";
}
