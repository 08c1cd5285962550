using System.Globalization;
using NegoSim.Hosting.Telemetry;

namespace NegoSim.Cli.Tests.Telemetry;

/// <summary>
/// Traced sweeps against a real OTLP backend, the .NET Aspire dashboard (from its NuGet package), read back through
/// its telemetry API: exactly the sampled runs arrive, each a whole trace, over gRPC and over http/protobuf.
/// </summary>
[Trait("Category", "Slow")]
public sealed class AspireDashboardTests
{
    private const int Runs = 20_000;

    [Theory]
    [InlineData("grpc")]
    [InlineData("http/protobuf")]
    public async Task A_sweep_traced_at_one_in_a_thousand_delivers_exactly_its_sampled_runs_each_a_whole_trace(string protocol)
    {
        await using var dashboard = await AspireDashboard.StartAsync();
        var rows = Path.Combine(Path.GetTempPath(), $"traced-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, _, error) = await Cli.RunProcess(
                new Dictionary<string, string>
                {
                    ["OTEL_EXPORTER_OTLP_ENDPOINT"] = protocol == "grpc" ? dashboard.GrpcEndpoint : dashboard.HttpEndpoint,
                    ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
                    ["OTEL_SERVICE_NAME"] = "negosim-sweep",
                },
                "sweep", Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml"),
                "--vary", "rada_demand=0.5:0.0001:0.9999", "--runs", "4", "--out", rows, "--trace", "otlp", "--trace-sample", "0.001");
            Assert.Equal(0, exit);
            Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
            var table = Rows(rows);
            Assert.Equal(Runs, table.Count);

            var spans = (await dashboard.SpansAsync()).Where(s => s.Service == "negosim-sweep").ToList();

            // The sweep's own span, and one trace per sampled run: the runs the rate chose (about 20 of 20,000), no other.
            var sweep = Assert.Single(spans, s => s.Name.StartsWith("sweep ", StringComparison.Ordinal));
            Assert.Equal("sweep Exercise 2: the tied hands of a demanding Rada", sweep.Name);
            var runSpans = spans.Where(s => s.Name == "sweep.run").ToList();
            var traced = runSpans.Select(s => long.Parse((string)s.Attributes["negosim.run"]!, CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Enumerable.Range(0, Runs).Where(r => SweepTracing.Sampled(r, 0.001)).Select(r => (long)r), traced);
            Assert.InRange(traced.Count, 8, 40);
            Assert.Equal(runSpans.Count + 1, spans.Select(s => s.TraceId).Distinct().Count());

            foreach (var runSpan in runSpans)
            {
                var run = long.Parse((string)runSpan.Attributes["negosim.run"]!, CultureInfo.InvariantCulture);
                var row = table[run];
                var trace = spans.Where(s => s.TraceId == runSpan.TraceId).ToList();
                Assert.Equal(sweep.SpanId, Assert.Single(runSpan.Links));
                Assert.Equal(row["rada_demand"], runSpan.Attributes["negosim.parameter.rada_demand"]);

                // Whole: every span's parent is in the trace, beneath the run's root.
                Assert.Equal("", runSpan.ParentSpanId);
                var ids = trace.Select(s => s.SpanId).ToHashSet();
                Assert.All(trace.Where(s => s != runSpan), s => Assert.Contains(s.ParentSpanId, ids));

                var negotiation = Assert.Single(trace, s => s.Name.StartsWith("negotiation ", StringComparison.Ordinal));
                Assert.Equal($"negotiation Exercise 2: the tied hands of a demanding Rada run {run}", negotiation.Name);
                Assert.Equal(row["status"], negotiation.Attributes["negosim.status"]);
                Assert.Equal(row["round"], negotiation.Attributes["negosim.round"]);
                Assert.Equal(unchecked((long)ulong.Parse(row["seed"], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture), negotiation.Attributes["negosim.seed"]);
                if (row["status"] == "ratified")
                {
                    foreach (var term in new[] { "guarantees", "reimbursement", "revenue_share", "scope", "fund_governance" })
                    {
                        Assert.Equal(row[term], negotiation.Attributes[$"negosim.deal.{term}"]);
                    }

                    Assert.Single(trace, s => s.Name == "ratify" && s.ParentSpanId == negotiation.SpanId);
                }

                Assert.Equal(["kyiv", "washington"], negotiation.Events.Where(e => e.Name == "outcome").Select(e => (string)e.Attributes["negosim.party"]!).Order());

                // Every round played, in order, each with one offer (asked for, or tabled as a counter-offer) and the other party's answer.
                var rounds = trace.Where(s => s.Name == "round" && s.ParentSpanId == negotiation.SpanId).ToList();
                Assert.Equal(
                    Enumerable.Range(1, rounds.Count).Select(r => r.ToString(CultureInfo.InvariantCulture)),
                    rounds.Select(r => (string)r.Attributes["negosim.round"]!).OrderBy(r => int.Parse(r, CultureInfo.InvariantCulture)));
                Assert.True(rounds.Count >= int.Parse(row["round"], CultureInfo.InvariantCulture));
                foreach (var round in rounds)
                {
                    Assert.Single(trace, s => s.Name is "propose" or "counter-offer" && s.ParentSpanId == round.SpanId);
                    Assert.Single(trace, s => s.Name == "respond" && s.ParentSpanId == round.SpanId);
                }
            }
        }
        finally
        {
            File.Delete(rows);
            File.Delete(rows + ".json");
        }
    }

    [Fact]
    public async Task On_a_cluster_the_silos_send_the_runs_spans_beneath_the_sweeps_and_nothing_else()
    {
        await using var dashboard = await AspireDashboard.StartAsync();
        var otlp = new Dictionary<string, string> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = dashboard.GrpcEndpoint, ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc" };
        await using (var cluster = await Cluster.LocalCluster.StartAsync(silos: 2, otlp))
        {
            var (exit, _, error) = await Cli.RunProcess(
                new Dictionary<string, string>(otlp) { ["OTEL_SERVICE_NAME"] = "negosim-sweep" },
                "sweep", ScenarioText.File(ScenarioText.Valid), "--vary", "greed=0,1", "--runs", "2", "--cluster", cluster.Address, "--trace", "otlp", "--trace-sample", "1");
            Assert.Equal(0, exit);
            Assert.DoesNotContain("warning", error, StringComparison.Ordinal);

            // A silo exports on its own schedule: stopped (SIGTERM, as Ctrl-C), it flushes what it holds.
            foreach (var silo in cluster.Silos)
            {
                await Cluster.LocalCluster.StopAsync(silo);
            }
        }

        var spans = await dashboard.SpansAsync();
        var runs = spans.Where(s => s.Name == "sweep.run").ToList();
        Assert.Equal(4, runs.Count);
        foreach (var run in runs)
        {
            // sweep.run (the sweep's process) → the lane's call, client side (same) → server side (a silo) → the negotiation (the silo).
            // (On a busy machine a lane may be taken for lost and its batch played again elsewhere: each play is there.)
            var trace = spans.Where(s => s.TraceId == run.TraceId).ToDictionary(s => s.SpanId);
            var negotiations = trace.Values.Where(s => s.Name.StartsWith("negotiation Test split run ", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(negotiations);
            foreach (var negotiation in negotiations)
            {
                Assert.Equal("negosim-silo", negotiation.Service);
                var server = trace[negotiation.ParentSpanId];
                Assert.Equal(("ILaneGrain/Play", "negosim-silo"), (server.Name, server.Service));
                var client = trace[server.ParentSpanId];
                Assert.Equal(("ILaneGrain/Play", "negosim-sweep"), (client.Name, client.Service));
                Assert.Equal(run.SpanId, client.ParentSpanId);
            }
        }

        // The silos trace nothing of their own accord: every span they sent belongs to a run's trace.
        var traces = runs.Select(r => r.TraceId).ToHashSet();
        Assert.All(spans.Where(s => s.Service == "negosim-silo"), s => Assert.Contains(s.TraceId, traces));
    }

    /// <summary>The sweep's rows by run, each a column → text map.</summary>
    private static Dictionary<long, Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => long.Parse(f[0], CultureInfo.InvariantCulture), f => header.Zip(f).ToDictionary(p => p.First, p => p.Second));
    }
}
