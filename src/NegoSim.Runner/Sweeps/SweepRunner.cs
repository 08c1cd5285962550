using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using NegoSim.Grains.Model.Analysis;
using NegoSim.Grains.Model.Protocol;
using NegoSim.Runner.Scenarios;

namespace NegoSim.Runner.Sweeps;

/// <summary>
/// Runs a sweep's runs on several workers and writes the rows in run order, so the output is the same for any number
/// of workers. Memory stays bounded: at most <see cref="Window"/> finished rows wait for an earlier one, at most
/// <see cref="PointsAhead"/> grid points beyond the writer's are in hand, and a grid
/// point's scenario is dropped once its last run is written. <c>traced</c> says which runs to trace, each under a
/// <c>sweep.run</c> span; null traces none.
/// </summary>
public sealed class SweepRunner(SweepPlan plan, SweepColumns columns, ISweepEngine engine, int workers, Func<long, bool>? traced = null)
{
    private const int FlushBytes = 1 << 16;
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan WriterPause = TimeSpan.FromMilliseconds(1);

    private readonly ConcurrentDictionary<long, Lazy<(ScenarioFile? File, string[] Values, string? Error, AnalysisReport? Analysis)>> _points = new();

    private int Window => Math.Max(1024, workers * 512);

    /// <summary>How many grid points past the writer's the workers may have in hand (each holds its scenario's tables).</summary>
    private int PointsAhead => (2 * workers) + 2;

    /// <summary>Runs positions <paramref name="from"/> onward; each row's line goes to <paramref name="output"/>, and the row to <paramref name="onRow"/>, in run order.</summary>
    /// <returns>How many rows were written, and whether cancellation stopped the sweep early.</returns>
    public async Task<(long Written, bool Interrupted)> RunAsync(
        long from, SweepFormat format, SweepOutput output, Action<SweepRow> onRow, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(onRow);
        var total = plan.Runs;
        var window = Window;
        var slots = new SweepRow?[window];
        var next = from - 1;
        var written = from;
        var runsPerPoint = plan.Grid.RunsPerPoint;

        async Task Work()
        {
            while (!cancellation.IsCancellationRequested)
            {
                var position = Interlocked.Increment(ref next);
                if (position >= total)
                {
                    return;
                }

                // The first run of a point starts preparing the next point off the workers, so that no worker waits
                // for a point's scenario and analysis while the other runs.
                if (position % runsPerPoint == 0 && position + runsPerPoint < total)
                {
                    var upcoming = plan.PointOf(plan.RunAt(position + runsPerPoint));
                    _ = Task.Run(
                        () =>
                        {
                            if (Volatile.Read(ref written) <= position + runsPerPoint)
                            {
                                _ = Point(upcoming).Value;
                            }
                        },
                        CancellationToken.None);
                }

                // A row more than a window ahead of the writer waits for its slot (rare: only behind a much slower run),
                // and so does a run of a point too far ahead: each point in hand holds its scenario's tables.
                while (position - Volatile.Read(ref written) >= window
                    || (position / runsPerPoint) - (Volatile.Read(ref written) / runsPerPoint) > PointsAhead)
                {
                    if (cancellation.IsCancellationRequested)
                    {
                        return;
                    }

                    await Task.Delay(WriterPause, CancellationToken.None).ConfigureAwait(false);
                }

                Volatile.Write(ref slots[position % window], await RunOneAsync(plan.RunAt(position), format).ConfigureAwait(false));
            }
        }

        var running = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Work, CancellationToken.None)));
        var batch = new StringBuilder();
        var sinceFlush = Stopwatch.StartNew();
        while (written < total)
        {
            var row = Volatile.Read(ref slots[written % window]);
            if (row is null)
            {
                Flush(output, batch, sinceFlush, force: false);

                // Workers publish a row before they finish, so once they all have, a slot still empty stays empty.
                if (running.IsCompleted)
                {
                    if (Volatile.Read(ref slots[written % window]) is null)
                    {
                        break;
                    }

                    continue;
                }

                // Look again after a pause rather than be woken per row: a wake-up per row costs a thread switch per
                // row (on this 2-core machine, 14 µs of kernel time per run with one worker); a pause collects a millisecond's rows.
                await Task.WhenAny(Task.Delay(WriterPause, CancellationToken.None), running).ConfigureAwait(false);
                continue;
            }

            slots[written % window] = null;
            batch.Append(row.Line);
            onRow(row);
            if ((row.Run + 1) % plan.Grid.RunsPerPoint == 0)
            {
                // This point and any before it (a late look-ahead may have made one again) are done with.
                var finished = plan.PointOf(row.Run);
                foreach (var point in _points.Keys)
                {
                    if (point <= finished)
                    {
                        _points.TryRemove(point, out _);
                    }
                }
            }

            Volatile.Write(ref written, written + 1);
            Flush(output, batch, sinceFlush, force: false);
        }

        await running.ConfigureAwait(false);
        Flush(output, batch, sinceFlush, force: true);
        return (written - from, written < total);
    }

    private static void Flush(SweepOutput output, StringBuilder batch, Stopwatch sinceFlush, bool force)
    {
        if (batch.Length > 0 && (force || batch.Length >= FlushBytes || sinceFlush.Elapsed >= FlushEvery))
        {
            output.Write(batch);
            batch.Clear();
            sinceFlush.Restart();
        }
    }

    private async Task<SweepRow> RunOneAsync(long run, SweepFormat format)
    {
        var seed = plan.SeedOf(run);
        var point = plan.PointOf(run);
        var (file, values, error, analysis) = Point(point).Value;
        RunOutcome outcome;
        if (file is null)
        {
            outcome = new RunOutcome(run, seed, values, null, error);
        }
        else
        {
            try
            {
                using var span = traced?.Invoke(run) == true ? Telemetry.SweepTracing.Source.StartActivity(Telemetry.SweepTracing.RunSpanName) : null;
                span?.SetTag("negosim.run", run).SetTag("negosim.point", string.Join(" ", plan.Grid.Axes.Select((a, i) => $"{a.Name}={values[i]}")));
                outcome = new RunOutcome(run, seed, values, await engine.RunAsync(file.Scenario, seed, run).ConfigureAwait(false), null, analysis);
            }
            catch (Exception e)
            {
                outcome = new RunOutcome(run, seed, values, null, OneLine($"{e.GetType().Name}: {e.Message}"));
            }
        }

        var line = new StringBuilder(256);
        format.Append(line, outcome);
        var result = outcome.Result;
        int[]? deal = null;
        if (result is { IsSigned: true })
        {
            var space = result.Scenario.Space;
            deal = new int[space.Terms.Length];
            for (var i = 0; i < deal.Length; i++)
            {
                deal[i] = space.Digit(result.Deal, i);
            }
        }

        return new SweepRow(run, point, line.ToString(), result?.Status.Name(), deal);
    }

    private Lazy<(ScenarioFile? File, string[] Values, string? Error, AnalysisReport? Analysis)> Point(long point) =>
        _points.GetOrAdd(point, static (p, runner) => new Lazy<(ScenarioFile?, string[], string?, AnalysisReport?)>(() => runner.Prepare(p)), this);

    /// <summary>Reads a grid point's scenario and analyses it once, for every run of the point.</summary>
    private (ScenarioFile?, string[], string?, AnalysisReport?) Prepare(long point)
    {
        var values = plan.Grid.ValuesAt(point);
        try
        {
            var file = plan.ScenarioAt(point);
            return columns.Fit(file.Scenario)
                ? (file, values, null, OutcomeAnalysis.Analyze(file.Scenario))
                : (null, values, "the values at this point change the scenario's terms or negotiators, which a sweep must keep", null);
        }
        catch (ScenarioException e)
        {
            return (null, values, OneLine(e.Message), null);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
