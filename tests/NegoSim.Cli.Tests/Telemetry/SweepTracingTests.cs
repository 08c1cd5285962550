using NegoSim.Hosting.Telemetry;

namespace NegoSim.Cli.Tests.Telemetry;

[Trait("Category", "Slow")]
public sealed class SweepTracingTests
{
    [Fact]
    public async Task A_sweep_traces_only_its_sampled_runs()
    {
        var scenario = ScenarioText.File(ScenarioText.Valid);

        var all = await Cli.RunProcess(null, "sweep", scenario, "--vary", "greed=0,1", "--runs", "3", "--trace", "tree", "--trace-sample", "1");
        var none = await Cli.RunProcess(null, "sweep", scenario, "--vary", "greed=0,1", "--runs", "3", "--trace", "tree", "--trace-sample", "0");

        Assert.Equal(6, all.Err.Split('\n').Count(l => l.StartsWith("sweep.run", StringComparison.Ordinal)));
        Assert.Contains("run=5 point=1 parameter.greed=1", all.Err);
        Assert.Contains(all.Err.Split('\n'), l => l.StartsWith("sweep Test split", StringComparison.Ordinal));
        Assert.DoesNotContain("sweep.run", none.Err);
        Assert.Equal(all.Out, none.Out);
    }

    [Fact]
    public void The_sample_is_about_the_rate_asked_and_the_same_runs_every_time()
    {
        var sampled = Enumerable.Range(0, 100_000).Where(run => SweepTracing.Sampled(run, 0.01)).ToList();

        Assert.InRange(sampled.Count, 850, 1150);
        Assert.Equal(sampled, Enumerable.Range(0, 100_000).Where(run => SweepTracing.Sampled(run, 0.01)));
    }
}
