using NegoSim.Cli.Commands;
using NegoSim.Hosting;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Cli.Tests.Sweeps;

public sealed class GrainSweepEngineTests
{
    /// <summary>
    /// The tied-hands exercise, and the Danish Maastricht story, whose runs reopen the talks after a rejected
    /// referendum: the negotiator grains learn from tallies sent to them, and must sign and vote as the objects do.
    /// </summary>
    [Theory]
    [InlineData(true, "exercises/tied-hands.yaml", "rada_demand=0.5,0.85")]
    [InlineData(false, "exercises/tied-hands.yaml", "rada_demand=0.5,0.85")]
    [InlineData(true, "maastricht-1992/2-edinburgh-and-may-1993.yaml", "swing=0.02,0.08")]
    public async Task A_sweep_on_the_grains_writes_the_direct_rows_and_leaves_no_activation_behind(bool throughParties, string file, string axis)
    {
        var grid = SweepGrid.Create([VaryAxis.Parse(axis)], 40);
        var plan = new SweepPlan(ScenarioLoading.Source(Path.Combine(Cli.RepoRoot, "scenarios", file)), grid, 11, Shard.Whole);
        var columns = SweepColumns.For(grid.Axes.Select(a => a.Name), plan.ScenarioAt(0).Scenario);
        await using var silo = await SiloConnection.StartEmbeddedAsync();
        var before = await silo.CountActivationsAsync();

        string grains, direct;
        await using (var engine = new GrainSweepEngine(silo, throughParties))
        {
            grains = await Rows(new SweepRunner(plan, columns, engine, lanes: 2), columns);
        }

        await using (var engine = new DirectSweepEngine())
        {
            direct = await Rows(new SweepRunner(plan, columns, engine, lanes: 1), columns);
        }

        Assert.Equal(direct, grains);
        if (file.StartsWith("maastricht", StringComparison.Ordinal))
        {
            // The rows hold reopened talks: runs with a failed vote and a second text (four votes).
            Assert.Contains(",4,1,", direct, StringComparison.Ordinal);
        }

        // Deactivation follows each lane's Retire asynchronously: wait for it (bounded), without asserting how long it takes.
        var alive = await silo.CountActivationsAsync();
        for (var look = 0; alive > before && look < 200; look++)
        {
            await Task.Delay(50);
            alive = await silo.CountActivationsAsync();
        }

        Assert.Equal(before, alive);
    }

    private static async Task<string> Rows(SweepRunner runner, SweepColumns columns)
    {
        var format = SweepFormat.Create("csv", columns);
        using var text = new StringWriter();
        using (var output = SweepOutput.ToWriter(text, format.Header))
        {
            await runner.RunAsync(0, format, output, _ => { }, CancellationToken.None);
        }

        return text.ToString();
    }
}
