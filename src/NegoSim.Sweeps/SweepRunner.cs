using System.Buffers;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>
/// Runs a sweep's runs on several lanes and writes the rows in run order, so the output is the same for any number
/// of lanes. Memory stays bounded: at most <see cref="Window"/> finished rows wait for an earlier one, at most
/// <see cref="PointsAhead"/> grid points beyond the writer's are in hand, and a grid
/// point's scenario is dropped once its last run is written. <c>traced</c> says which runs to trace, each under a
/// <c>sweep.run</c> span; null traces none.
/// </summary>
public sealed class SweepRunner(SweepPlan plan, SweepColumns columns, ISweepEngine engine, int lanes, Func<long, bool>? traced = null)
{
    private const int FlushBytes = 1 << 16;

    /// <summary>Runs a lane takes at a time, played as one batch: enough that a grain call costs little against them.</summary>
    private const int Chunk = 128;

    /// <summary>
    /// Runs a lane takes at a time on a cluster: a message there costs both ends far more than a call in this process
    /// (with 128, the client took 0.2-0.3 s more CPU for 400,000 runs), and 512 rows of a benchmark's
    /// length (under 100 bytes) still make an answer below the large-object heap's 85,000 bytes.
    /// </summary>
    private const int ClusterChunk = 512;

    /// <summary>The most grid points a lane takes at a time when points have few runs.</summary>
    private const int MostPointsPerChunk = 32;

    /// <summary>How many outcomes, summed over the grid points in hand, the lanes may hold tables for.</summary>
    private const int OutcomesInHand = 2_000_000;

    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(250);

    private readonly SweepPoints _points = new(plan, columns);

    /// <summary>
    /// How many runs past the writer's a lane may finish. On a cluster the rows wait for the slowest silo's batch,
    /// and lanes that had to wait for the writer left their silos idle (thousands of waits a sweep, counted with two
    /// silos): there it is eight of a lane's batches, eight times wider.
    /// </summary>
    private int Window => Math.Max(1024, lanes * (engine.PlaysElsewhere ? 8 * ClusterChunk : 512));

    /// <summary>
    /// How many grid points a lane takes at a time: the points of one chunk of runs, up to
    /// <see cref="MostPointsPerChunk"/>, as long as every lane's chunks fit in the points allowed in hand.
    /// </summary>
    private int PointsPerChunk =>
        plan.Grid.RunsPerPoint >= Chunk ? 1
        : Math.Clamp(Math.Min(Chunk / plan.Grid.RunsPerPoint, OutcomesInHand / columns.Space.Count / ((2 * lanes) + 2)), 1, MostPointsPerChunk);

    /// <summary>
    /// How many grid points past the writer's the lanes may have in hand (each holds its scenario's tables, a few
    /// numbers per outcome): two chunks per lane and two more, so that no lane waits for the writer.
    /// </summary>
    private int PointsAhead => ((2 * lanes) + 2) * PointsPerChunk;

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
        var batch = new ArrayBufferWriter<byte>(FlushBytes * 2);
        var sinceFlush = Stopwatch.StartNew();
        var kept = plan.PointOf(plan.RunAt(from));
        var finishedPoints = 0L;
        var batches = new SweepBatches(plan, columns, engine, _points, traced);

        // The rows are written by whichever lane publishes the row the file waits for (one at a time: 1 while one
        // writes), not by a thread of their own: on two cores a third thread had to wait for a core while the lanes
        // ran on ahead of it, until they stopped for it (a third of their time, counted on a one-run-per-point grid).
        var writing = 0;

        // Completed when the rows written move on, for lanes that got too far ahead of them.
        TaskCompletionSource? movedOn = null;
        using var wakeOnStop = cancellation.Register(() => Interlocked.Exchange(ref movedOn, null)?.TrySetResult());

        // A chunk is whole points when points have few runs, else part of a point (so it spans at most two).
        var chunk = runsPerPoint < Chunk ? PointsPerChunk * runsPerPoint : engine.PlaysElsewhere ? (int)Math.Min(ClusterChunk, runsPerPoint) : Chunk;

        // Plays a batch and publishes its rows. Pipelined, a batch's rows are taken in when its answer comes back
        // while the lane has already sent the next one, so a silo plays one batch while this process prepares the
        // other: worth it when the batches play elsewhere (a cluster). In this process it would put a lane's batch
        // and its next point on two cores, so that --workers 1 took both: a lane is one core's work.
        var pipelined = engine.PlaysElsewhere;
        async Task Publish(long from, int count, int lane, bool traceIt)
        {
            var rows = await batches.PlayAsync(from, count, format, lane, traceIt);
            for (var i = 0; i < rows.Length; i++)
            {
                Volatile.Write(ref slots[(from + i) % window], rows[i]);
            }

            WriteWhatIsReady();
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
                // No more runs can be played: every lane stops; the rows before the first missing one are written.
                Interlocked.CompareExchange(ref stopped, e.Message, null);
                await stopping.CancelAsync();
            }
            catch
            {
                // The output failed (or a bug): the other lanes stop too, and the error ends the sweep.
                await stopping.CancelAsync();
                throw;
            }
        }

        bool TooFarAhead(long start, long end) =>
            end - 1 - Volatile.Read(ref written) >= window
            || (start / runsPerPoint) - (Volatile.Read(ref written) / runsPerPoint) > PointsAhead;

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

                // When a point takes several chunks, its first run starts preparing the next point off the lanes, so
                // that no lane waits for a point's scenario while the other runs. (A point of one chunk is
                // prepared by the lane that plays it.)
                for (var position = start; position < end && runsPerPoint > chunk; position++)
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
                                    _ = _points.Point(upcoming).Value;
                                }
                            },
                            CancellationToken.None);
                    }
                }

                // A chunk more than a window ahead of the rows written waits (rare: only behind a much slower run), and
                // so does a chunk starting at a point too far ahead: each point in hand holds its scenario's tables.
                // The chunk the rows wait for starts at or before the last written, so it never waits.
                while (TooFarAhead(start, end))
                {
                    var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    var waitFor = Interlocked.CompareExchange(ref movedOn, signal, null) ?? signal;

                    // Looked at again once the signal is in place: rows written (or a stop) since wake it.
                    if (cancellation.IsCancellationRequested)
                    {
                        return;
                    }

                    if (TooFarAhead(start, end))
                    {
                        await waitFor.Task;
                    }
                }

                // One batch for the chunk; a run chosen for tracing plays alone, under its own span.
                var from = start;
                while (from < end)
                {
                    var until = end;
                    var traced = batches.TracedIn(from, until);
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

        await _points.PrepareWhileStartingAsync(engine, from, cancellation);

        // Rows wait in the batch for at most FlushEvery even when no row follows them for a long time (slow runs, a
        // cluster's batches): a timer flushes what is there. Should the output fail, the sweep stops with its error.
        ExceptionDispatchInfo? failed = null;
        var flusher = new Timer(
            _ =>
            {
                try
                {
                    WriteWhatIsReady();
                }
                catch (Exception e)
                {
                    failed ??= ExceptionDispatchInfo.Capture(e);
                    stopping.Cancel();
                }
            },
            null,
            FlushEvery,
            FlushEvery);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => Task.Run(() => Work(lane), CancellationToken.None))).ConfigureAwait(false);
        }
        finally
        {
            await flusher.DisposeAsync();
        }

        failed?.Throw();

        // Every lane has published its rows and written what it could; rows after the first missing one (stopped,
        // cancelled) are not written, so the file stays a prefix of the sweep.
        WriteWhatIsReady();
        Flush(output, batch, sinceFlush, force: true);
        return (written - from, written < total, stopped);

        // Writes the rows ready in run order (and flushes them if the last flush is old), if no other
        // lane is writing. A row published while another wrote, by a lane that found the writing taken, is seen
        // by the writer's look after it lets go (both exchanges are full fences), so no row is left behind.
        void WriteWhatIsReady()
        {
            while (Interlocked.CompareExchange(ref writing, 1, 0) == 0)
            {
                var before = written;
                try
                {
                    WriteRows();
                }
                finally
                {
                    Interlocked.Exchange(ref writing, 0);
                }

                if (written != before)
                {
                    Interlocked.Exchange(ref movedOn, null)?.TrySetResult();
                }

                if (written >= total || Volatile.Read(ref slots[written % window]) is null)
                {
                    return;
                }
            }
        }

        void WriteRows()
        {
            while (written < total && Volatile.Read(ref slots[written % window]) is { } row)
            {
                slots[written % window] = null;
                batch.Write(row.Line.Span);
                onRow(row);
                if ((row.Run + 1) % plan.Grid.RunsPerPoint == 0)
                {
                    // This point and any before it are done with. Now and then every point behind the writer is looked
                    // for: a late look-ahead may have made one again.
                    var finished = plan.PointOf(row.Run);
                    for (; kept <= finished; kept += plan.Shard.Count)
                    {
                        _points.Drop(kept);
                    }

                    // First after the first point, while a sweep's methods are all being called for the first time:
                    // one first called mid-sweep restarts the runtime's wait before it recompiles the hot ones.
                    if (++finishedPoints % 4096 == 1)
                    {
                        _points.DropThrough(finished);
                    }
                }

                Volatile.Write(ref written, written + 1);
                if (batch.WrittenCount >= FlushBytes)
                {
                    Flush(output, batch, sinceFlush, force: true);
                }
            }

            // The clock is read once for the rows written, not once a row (on a cluster, a row costs the client
            // about a microsecond in all).
            Flush(output, batch, sinceFlush, force: false);
        }
    }

    private static void Flush(SweepOutput output, ArrayBufferWriter<byte> batch, Stopwatch sinceFlush, bool force)
    {
        if (batch.WrittenCount > 0 && (force || batch.WrittenCount >= FlushBytes || sinceFlush.Elapsed >= FlushEvery))
        {
            output.Write(batch.WrittenSpan);
            batch.ResetWrittenCount();
            sinceFlush.Restart();
        }
    }

}
