using System.Collections.Immutable;
using System.Text;
using NegoSim.Cli.Commands;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Cli.Tests.Sweeps;

/// <summary>How the rows a sweep's workers play reach its output: in run order, promptly, and not past a failure.</summary>
public sealed class SweepRunnerTests
{
    private static readonly SweepGrid Grid = SweepGrid.Create([VaryAxis.Parse("rada_demand=0.5,0.85")], 128);

    private static SweepPlan Plan(SweepGrid? grid = null) =>
        new(ScenarioLoading.Source(Path.Combine(Cli.RepoRoot, "scenarios", "exercises", "tied-hands.yaml")), grid ?? Grid, 11, Shard.Whole);

    [Fact]
    public async Task The_rows_of_a_finished_batch_reach_the_output_while_the_next_batch_still_plays()
    {
        // Two points of 128 runs: two batches. The second is held until the first's 128 rows are in the output, which
        // only a flush with no row after it can bring about (the rows are well under a flush's 64 KB).
        var plan = Plan();
        var columns = SweepColumns.For(Grid.Axes.Select(a => a.Name), plan.ScenarioAt(0).Scenario);
        var format = SweepFormat.Create("csv", columns);
        var text = new WatchedWriter();
        await using var engine = new HeldEngine(held: 1);
        using var output = SweepOutput.ToWriter(text, format.Header);
        var sweep = new SweepRunner(plan, columns, engine, lanes: 1).RunAsync(0, format, output, _ => { }, CancellationToken.None);

        for (var look = 0; text.Lines < 1 + 128 && look < 600; look++)
        {
            await Task.Delay(50);
        }

        var seenWhileHeld = text.Lines;
        engine.Release();
        var (written, interrupted, _) = await sweep;

        Assert.Equal(1 + 128, seenWhileHeld);
        Assert.Equal(256, written);
        Assert.False(interrupted);
        Assert.Equal(1 + 256, text.Lines);
    }

    [Fact]
    public async Task An_output_that_fails_ends_the_sweep_with_its_error_and_no_worker_plays_on()
    {
        // 64 points of 128 runs, a batch each; the output fails at its first write, a few batches in.
        var plan = Plan(SweepGrid.Create([VaryAxis.Parse("rada_demand=0.5:0.005:0.815")], 128));
        var columns = SweepColumns.For(plan.Grid.Axes.Select(a => a.Name), plan.ScenarioAt(0).Scenario);
        var format = SweepFormat.Create("csv", columns);
        using var output = SweepOutput.ToWriter(new FullDisk(), header: null);
        await using var engine = new HeldEngine(held: int.MaxValue);

        var failure = await Assert.ThrowsAsync<IOException>(
            () => new SweepRunner(plan, columns, engine, lanes: 2).RunAsync(0, format, output, _ => { }, CancellationToken.None));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal(64, plan.Grid.Points);
        Assert.InRange(engine.Played, 1, 32);
    }

    [Fact]
    public async Task A_chunk_played_a_few_points_a_call_writes_the_rows_a_call_for_the_whole_chunk_writes()
    {
        // 41 points of one run (a lane takes 32 points a chunk), the 36th refused (outside the parameter's range): its
        // row is made where the sweep runs, between rows the engine made, in calls of three points.
        var values = Enumerable.Range(0, 40).Select(i => (0.5 + (i / 100.0)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        values.Insert(35, "1.5");
        var plan = Plan(SweepGrid.Create([VaryAxis.Parse($"rada_demand={string.Join(',', values)}")], 1));
        var columns = SweepColumns.For(plan.Grid.Axes.Select(a => a.Name), plan.ScenarioAt(0).Scenario);
        var format = SweepFormat.Create("csv", columns);

        async Task<(string Text, int MostPoints, int Points)> Swept(int pointsPerCall)
        {
            var text = new StringWriter();
            await using var engine = new CountedEngine(pointsPerCall);
            using (var output = SweepOutput.ToWriter(text, format.Header))
            {
                await new SweepRunner(plan, columns, engine, lanes: 2).RunAsync(0, format, output, _ => { }, CancellationToken.None);
            }

            return (text.ToString(), engine.MostPoints, engine.Points);
        }

        var whole = await Swept(int.MaxValue);
        var inThrees = await Swept(3);

        Assert.Equal(42, whole.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",1.5,", whole.Text.Split('\n')[36], StringComparison.Ordinal);
        Assert.Contains("outside the parameter's range", whole.Text.Split('\n')[36], StringComparison.Ordinal);
        Assert.Equal(whole.Text, inThrees.Text);
        Assert.Equal(32, whole.MostPoints);
        Assert.Equal(3, inThrees.MostPoints);
        Assert.Equal(40, inThrees.Points);
    }

    /// <summary>The model played in this process, at most <c>pointsPerCall</c> points a call, counting the points of each call.</summary>
    private sealed class CountedEngine(int pointsPerCall) : ISweepEngine
    {
        private readonly DirectSweepEngine _direct = new();
        private int _mostPoints;
        private int _points;

        public bool PlaysElsewhere => false;

        public Task Ready => Task.CompletedTask;

        public int PointsPerCall => pointsPerCall;

        public int MostPoints => Volatile.Read(ref _mostPoints);

        public int Points => Volatile.Read(ref _points);

        public Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false, SweepFormat? format = null)
        {
            Interlocked.Add(ref _points, points.Count);
            for (var most = MostPoints; points.Count > most && Interlocked.CompareExchange(ref _mostPoints, points.Count, most) != most; most = MostPoints)
            {
            }

            return _direct.PlayAsync(scenario, points, rows, lane, traced, format);
        }

        public ValueTask DisposeAsync() => _direct.DisposeAsync();
    }

    /// <summary>The model played in this process, but batches from the <c>held</c>-th on wait until released.</summary>
    private sealed class HeldEngine(int held) : ISweepEngine
    {
        private readonly DirectSweepEngine _direct = new();
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _played;

        public bool PlaysElsewhere => false;

        public Task Ready => Task.CompletedTask;

        public int Played => Volatile.Read(ref _played);

        public void Release() => _released.TrySetResult();

        public async Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false, SweepFormat? format = null)
        {
            if (Interlocked.Increment(ref _played) > held)
            {
                await _released.Task;
            }

            return await _direct.PlayAsync(scenario, points, rows, lane, traced, format);
        }

        public ValueTask DisposeAsync() => _direct.DisposeAsync();
    }

    /// <summary>Text written from any thread, whose lines can be counted while it is written.</summary>
    private sealed class WatchedWriter : TextWriter
    {
        private readonly Lock _gate = new();
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public int Lines
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString().Count(c => c == '\n');
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            lock (_gate)
            {
                _text.Append(buffer);
            }
        }

        public override void Write(string? value) => Write(value.AsSpan());
    }

    /// <summary>An output on a disk with no room left.</summary>
    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<char> buffer) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}
