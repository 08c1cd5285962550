using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NegoSim.Hosting.Telemetry;
using NegoSim.Model.Protocol;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;
using OpenTelemetry;

namespace NegoSim.Sweeps;

/// <summary>
/// Plays a sweep's positions as batches on an engine's lanes and slices what comes back into rows. <c>traced</c> says
/// which runs to trace, each under a <c>sweep.run</c> span; null traces none.
/// </summary>
public sealed class SweepBatches(SweepPlan plan, SweepColumns columns, ISweepEngine engine, SweepPoints points, Func<long, bool>? traced)
{
    /// <summary>The first position in [<paramref name="from"/>, <paramref name="until"/>) whose run is traced, or −1.</summary>
    public long TracedIn(long from, long until)
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

    /// <summary>
    /// Plays positions [<paramref name="first"/>, first + count), of one or more grid points, as one batch on
    /// <paramref name="lane"/>. The engine makes the rows where it plays them (on a cluster, the silos do), so this
    /// process only slices them; rows of points that make no scenario, and of a batch that fails, are made here.
    /// </summary>
    public async Task<SweepRow[]> PlayAsync(long first, int count, SweepFormat format, int lane, bool traceIt)
    {
        var runs = new long[count];
        var parts = new List<(long Point, int Start, int Count)>();
        for (var i = 0; i < count; i++)
        {
            runs[i] = plan.RunAt(first + i);
            var point = plan.PointOf(runs[i]);
            if (parts.Count > 0 && parts[^1].Point == point)
            {
                parts[^1] = parts[^1] with { Count = parts[^1].Count + 1 };
            }
            else
            {
                parts.Add((point, i, 1));
            }
        }

        var rows = new SweepRow[count];
        var perCall = Math.Max(1, engine.PointsPerCall);
        for (var from = 0; from < parts.Count; from += perCall)
        {
            await PlayAsync(parts, from, Math.Min(perCall, parts.Count - from), runs, rows, format, lane, traceIt);
        }

        return rows;
    }

    /// <summary>
    /// Plays <paramref name="count"/> of <paramref name="parts"/> (each a point's runs in the batch) from
    /// <paramref name="from"/> on in one call to the engine, filling their rows.
    /// </summary>
    private async Task PlayAsync(List<(long Point, int Start, int Count)> parts, int from, int count, long[] runs, SweepRow[] rows, SweepFormat format, int lane, bool traceIt)
    {
        var playing = new List<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)>(count);
        var played = new List<(long Point, int Start, int Count, string[] Values)>(count);
        for (var p = from; p < from + count; p++)
        {
            var (point, start, runsOfPoint) = parts[p];
            var (file, values, error) = points.Point(point).Value;

            // A point whose last run is in this batch is done with once the batch has its scenario: dropped now, not
            // once its rows are written, it is not carried through the collections in between. (Should a batch of its
            // earlier runs still ask for it, it is prepared again, the same.)
            if ((runs[start + runsOfPoint - 1] + 1) % plan.Grid.RunsPerPoint == 0)
            {
                points.Drop(point);
            }

            // The point's key is worked out once for all its runs in the batch.
            var key = plan.Order.Seeds.KeyOf(values);
            if (file is null)
            {
                for (var i = start; i < start + runsOfPoint; i++)
                {
                    rows[i] = Row(format, new RunOutcome(runs[i], plan.Order.SeedOf(runs[i], key), values, null, error, Point: point));
                }

                continue;
            }

            var seeds = ImmutableArray.CreateBuilder<ulong>(runsOfPoint);
            for (var i = start; i < start + runsOfPoint; i++)
            {
                seeds.Add(plan.Order.SeedOf(runs[i], key));
            }

            playing.Add((file, runs[start], seeds.MoveToImmutable()));
            played.Add((point, start, runsOfPoint, values));
        }

        if (playing.Count == 0)
        {
            return;
        }

        BatchRows? made = null;
        string? failed = null;
        try
        {
            // In a traced sweep, a batch nobody traces makes no spans here either (no grain calls under the sweep's
            // span); an untraced sweep has nothing to suppress.
            var quiet = !traceIt && traced is not null;
            using var untraced = quiet ? SuppressInstrumentationScope.Begin() : null;
            using var span = traceIt ? StartRunSpan(runs[played[0].Start], played[0].Point, played[0].Values) : null;
            if (quiet)
            {
                Activity.Current = null;
            }

            made = (await engine.PlayAsync(plan.Source, playing, new RowRequest(format.Name, columns.Axes, plan.Grid.RunsPerPoint, columns.RSafe), lane, traced: span is not null, format)).Rows;
        }
        catch (Exception e) when (e is not SweepStoppedException)
        {
            failed = SweepPoints.OneLine($"{e.GetType().Name}: {e.Message}");
        }

        var (k, offset) = (0, 0);
        for (var p = 0; p < played.Count; p++)
        {
            var (point, start, runsOfPoint, values) = played[p];
            for (var i = start; i < start + runsOfPoint; i++, k++)
            {
                if (made is null)
                {
                    rows[i] = Row(format, new RunOutcome(runs[i], playing[p].Seeds[i - start], values, null, failed, Point: point));
                    continue;
                }

                var facts = made.FactsOf(k);
                rows[i] = new SweepRow(
                    runs[i],
                    point,
                    made.Text.Slice(offset, facts.Length),
                    facts.Status < 0 ? null : (OutcomeStatus)facts.Status,
                    facts.Deal,
                    facts.Round,
                    facts.Utilities);
                offset += facts.Length;
            }
        }
    }

    /// <summary>
    /// A traced run's <c>sweep.run</c> span: a trace of its own (linked to the sweep's span, current until now) with the
    /// run's number, its point's and its varied values (<c>negosim.parameter.NAME</c>, a number where it is one).
    /// </summary>
    private Activity? StartRunSpan(long run, long point, string[] values)
    {
        var sweep = Activity.Current?.Context ?? default;
        Activity.Current = null;
        var span = SweepTracing.Source.StartActivity(SweepTracing.RunSpanName, ActivityKind.Internal, default(ActivityContext), links: sweep == default ? null : [new ActivityLink(sweep)]);
        if (span is null)
        {
            return null;
        }

        span.SetTag("negosim.run", run).SetTag("negosim.point", point);
        for (var i = 0; i < plan.Grid.Axes.Length; i++)
        {
            span.SetTag(
                $"negosim.parameter.{plan.Grid.Axes[i].Name}",
                double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : values[i]);
        }

        return span;
    }

    /// <summary>A row made here: of a point that makes no scenario, or of a batch that failed.</summary>
    private SweepRow Row(SweepFormat format, RunOutcome outcome)
    {
        var line = new StringBuilder(256);
        format.Append(line, outcome);
        return new SweepRow(outcome.Run, plan.PointOf(outcome.Run), Encoding.UTF8.GetBytes(line.ToString()), null);
    }
}
