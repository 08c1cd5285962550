using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Collections.Immutable;
using NegoSim.Grains.Messages;
using NegoSim.Model.Analysis;
using NegoSim.Runner.Telemetry;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;

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

    /// <summary>Runs a worker takes at a time, played as one batch per grid point: enough that a grain call costs little against them.</summary>
    private const int Chunk = 128;
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan WriterPause = TimeSpan.FromMilliseconds(1);

    private readonly ConcurrentDictionary<long, Lazy<(ScenarioFile? File, string[] Values, string? Error, PointDistances? Analysis)>> _points = new();

    private int Window => Math.Max(1024, workers * 512);

    /// <summary>How many grid points past the writer's the workers may have in hand (each holds its scenario's tables).</summary>
    private int PointsAhead => (2 * workers) + 2;

    /// <summary>Runs positions <paramref name="from"/> onward; each row's line goes to <paramref name="output"/>, and the row to <paramref name="onRow"/>, in run order.</summary>
    /// <returns>
    /// How many rows were written, whether the sweep stopped early (cancelled, or its engine could play no more), and
    /// why its engine stopped it (null otherwise).
    /// </returns>
    public async Task<(long Written, bool Interrupted, string? Stopped)> RunAsync(
        long from, SweepFormat format, SweepOutput output, Action<SweepRow> onRow, CancellationToken cancelled)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancelled);
        var cancellation = stopping.Token;
        string? stopped = null;
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(onRow);
        var total = plan.Runs;
        var window = Window;
        var slots = new SweepRow?[window];
        var next = from;
        var written = from;
        var runsPerPoint = plan.Grid.RunsPerPoint;

        // A chunk never holds more than one point's runs, so it spans at most two points.
        var chunk = (int)Math.Min(Chunk, runsPerPoint);

        // Plays a batch and publishes its rows. Pipelined, a batch's rows are formatted when its answer comes back
        // while the worker has already sent the next one, so the silo plays one batch while this process formats the
        // other: worth it when the batches play elsewhere (a cluster), or when the workers alone leave cores idle.
        var pipelined = engine.PlaysElsewhere || workers < Environment.ProcessorCount;
        async Task Publish(long from, int count, int lane, bool traceIt)
        {
            var rows = await RunBatchAsync(from, count, format, lane, traceIt);
            for (var i = 0; i < rows.Length; i++)
            {
                Volatile.Write(ref slots[(from + i) % window], rows[i]);
            }
        }

        async Task Work(int lane)
        {
            var inFlight = Task.CompletedTask;
            try
            {
                try
                {
                    await Claim(lane, task =>
                    {
                        if (!pipelined)
                        {
                            return task;
                        }

                        var before = inFlight;
                        inFlight = task;
                        return before;
                    });
                }
                finally
                {
                    await inFlight;
                }
            }
            catch (SweepStoppedException e)
            {
                // No more runs can be played: every worker stops; the rows before the first missing one are written.
                Interlocked.CompareExchange(ref stopped, e.Message, null);
                await stopping.CancelAsync();
            }
        }

        async Task Claim(int lane, Func<Task, Task> send)
        {
            while (!cancellation.IsCancellationRequested)
            {
                var start = Interlocked.Add(ref next, chunk) - chunk;
                if (start >= total)
                {
                    return;
                }

                var end = Math.Min(start + chunk, total);

                // The first run of a point starts preparing the next point off the workers, so that no worker waits
                // for a point's scenario and analysis while the other runs.
                for (var position = start; position < end; position++)
                {
                    if (position % runsPerPoint == 0 && position + runsPerPoint < total)
                    {
                        var ahead = position + runsPerPoint;
                        var upcoming = plan.PointOf(plan.RunAt(ahead));
                        _ = Task.Run(
                            () =>
                            {
                                if (Volatile.Read(ref written) <= ahead)
                                {
                                    _ = Point(upcoming).Value;
                                }
                            },
                            CancellationToken.None);
                    }
                }

                // A chunk more than a window ahead of the writer waits (rare: only behind a much slower run), and so does
                // a chunk starting at a point too far ahead: each point in hand holds its scenario's tables. The chunk
                // the writer waits for starts at or before the writer's position, so it never waits.
                while (end - 1 - Volatile.Read(ref written) >= window
                    || (start / runsPerPoint) - (Volatile.Read(ref written) / runsPerPoint) > PointsAhead)
                {
                    if (cancellation.IsCancellationRequested)
                    {
                        return;
                    }

                    await Task.Delay(WriterPause, CancellationToken.None);
                }

                // One batch for each point the chunk touches; a run chosen for tracing plays alone, under its own span.
                var from = start;
                while (from < end)
                {
                    var until = Math.Min(end, ((from / runsPerPoint) + 1) * runsPerPoint);
                    var traced = TracedIn(from, until);
                    if (traced == from)
                    {
                        until = from + 1;
                    }
                    else if (traced > from)
                    {
                        until = traced;
                    }

                    // Send this batch, then wait for it (or, pipelined, for the one before: at most one more in flight).
                    await send(Publish(from, (int)(until - from), lane, traced == from));
                    from = until;
                }
            }
        }

        var running = Task.WhenAll(Enumerable.Range(0, workers).Select(lane => Task.Run(() => Work(lane), CancellationToken.None)));
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
        return (written - from, written < total, stopped);
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

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="until"/>) whose run is traced, or −1.</summary>
    private long TracedIn(long from, long until)
    {
        if (traced is null)
        {
            return -1;
        }

        for (var position = from; position < until; position++)
        {
            if (traced(plan.RunAt(position)))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>Plays positions [<paramref name="first"/>, first + count), all of one grid point, as one batch on <paramref name="lane"/>.</summary>
    private async Task<SweepRow[]> RunBatchAsync(long first, int count, SweepFormat format, int lane, bool traceIt)
    {
        var runs = new long[count];
        var seeds = ImmutableArray.CreateBuilder<ulong>(count);
        for (var i = 0; i < count; i++)
        {
            runs[i] = plan.RunAt(first + i);
            seeds.Add(plan.SeedOf(runs[i]));
        }

        var point = plan.PointOf(runs[0]);
        var (file, values, error, analysis) = Point(point).Value;
        var outcomes = new RunOutcome[count];
        if (file is null)
        {
            for (var i = 0; i < count; i++)
            {
                outcomes[i] = new RunOutcome(runs[i], seeds[i], values, null, error);
            }
        }
        else
        {
            BatchResult batch;
            try
            {
                using var span = traceIt ? SweepTracing.Source.StartActivity(SweepTracing.RunSpanName) : null;
                span?.SetTag("negosim.run", runs[0]).SetTag("negosim.point", string.Join(" ", plan.Grid.Axes.Select((a, i) => $"{a.Name}={values[i]}")));
                batch = await engine.PlayAsync(file, seeds.MoveToImmutable(), lane);
            }
            catch (Exception e) when (e is not SweepStoppedException)
            {
                var message = OneLine($"{e.GetType().Name}: {e.Message}");
                batch = new BatchResult([.. Enumerable.Repeat<RunSummary?>(null, count)], [.. Enumerable.Repeat<string?>(message, count)]);
            }

            for (var i = 0; i < count; i++)
            {
                outcomes[i] = new RunOutcome(runs[i], plan.SeedOf(runs[i]), values, batch.Results[i], batch.Errors[i], batch.Results[i] is null ? null : analysis);
            }
        }

        var rows = new SweepRow[count];
        var space = columns.Space;
        for (var i = 0; i < count; i++)
        {
            var line = new StringBuilder(256);
            format.Append(line, outcomes[i]);
            var result = outcomes[i].Result;
            int[]? deal = null;
            if (result is { IsSigned: true })
            {
                deal = new int[space.Terms.Length];
                for (var t = 0; t < deal.Length; t++)
                {
                    deal[t] = space.Digit(result.Deal, t);
                }
            }

            rows[i] = new SweepRow(outcomes[i].Run, point, line.ToString(), result?.Status.Name(), deal);
        }

        return rows;
    }

    private Lazy<(ScenarioFile? File, string[] Values, string? Error, PointDistances? Analysis)> Point(long point) =>
        _points.GetOrAdd(point, static (p, runner) => new Lazy<(ScenarioFile?, string[], string?, PointDistances?)>(() => runner.Prepare(p)), this);

    /// <summary>Reads a grid point's scenario and analyses it once, for every run of the point.</summary>
    private (ScenarioFile?, string[], string?, PointDistances?) Prepare(long point)
    {
        var values = plan.Grid.ValuesAt(point);
        try
        {
            var file = plan.ScenarioAt(point);
            return columns.Fit(file.Scenario)
                ? (file, values, null, new PointDistances(OutcomeAnalysis.Analyze(file.Tables)))
                : (null, values, "the values at this point change the scenario's terms or negotiators, which a sweep must keep", null);
        }
        catch (ScenarioException e)
        {
            return (null, values, OneLine(e.Message), null);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
