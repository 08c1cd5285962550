using System.Collections.Concurrent;
using NegoSim.Model.Outcomes;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>
/// A sweep's grid points in hand: each compiled once, when a run of it is first asked for, for every run of the point
/// (or the reason its values make no scenario a sweep can use), and dropped once its runs are done with.
/// </summary>
public sealed class SweepPoints(SweepPlan plan, SweepColumns columns)
{
    /// <summary>How much more memory the points prepared while the engine starts may take, and how many there may be.</summary>
    private const long MemoryWhileStarting = 64 << 20;

    private const int PointsWhileStarting = 16_384;

    private readonly ConcurrentDictionary<long, Lazy<(CompiledScenario? File, string[] Values, string? Error)>> _points = new();

    // The last space found to have the sweep's terms: the points compiled from one template share it, and their terms
    // need not be compared again (it was a fiftieth of preparing a grid point).
    private OutcomeSpace? _fitted;

    /// <summary>Forgets <paramref name="point"/> (should a run of it be asked for again, it is prepared again, the same).</summary>
    public void Drop(long point) => _points.TryRemove(point, out _);

    /// <summary>Forgets every point up to <paramref name="point"/>: a late look-ahead may have made one again.</summary>
    public void DropThrough(long point)
    {
        // The dictionary's own enumerator (no snapshot of its keys, no query): its methods are met early in a sweep.
        foreach (var (kept, _) in _points)
        {
            if (kept <= point)
            {
                _points.TryRemove(kept, out _);
            }
        }
    }

    /// <summary>
    /// While the engine starts (an embedded silo takes most of a second, mostly on one core), prepares the first
    /// points on one thread: their scenarios, tables and the analysis their distance columns need; at most
    /// <see cref="PointsWhileStarting"/>, and they may take at most <see cref="MemoryWhileStarting"/> more memory
    /// (points that share their parties' tables take little; points that each need their own take more, so fewer).
    /// </summary>
    public async Task PrepareWhileStartingAsync(ISweepEngine engine, long from, CancellationToken cancellation)
    {
        if (engine.Ready.IsCompleted)
        {
            return;
        }

        var most = Math.Min((plan.Runs - from + plan.Grid.RunsPerPoint - 1) / plan.Grid.RunsPerPoint, PointsWhileStarting);
        var memory = GC.GetTotalMemory(forceFullCollection: false);
        await Task.Run(
            () =>
            {
                for (long i = 0; i < most && !engine.Ready.IsCompleted && !cancellation.IsCancellationRequested; i++)
                {
                    if (i % 64 == 63 && GC.GetTotalMemory(forceFullCollection: false) - memory > MemoryWhileStarting)
                    {
                        break;
                    }

                    var (file, _, _) = Point(plan.PointOf(plan.RunAt(from + (i * plan.Grid.RunsPerPoint)))).Value;
                    if (file is not null)
                    {
                        var opening = file.Tables.Stage(0);
                        for (var n = 0; n < opening.Negotiators.Length; n++)
                        {
                            _ = opening.TablesOf(n);
                        }

                        file.Tables.Distances.Prepare();
                    }
                }
            },
            CancellationToken.None);

        // An engine that failed to start fails the sweep here, with its own error, before any row is played.
        await engine.Ready;
    }

    public Lazy<(CompiledScenario? File, string[] Values, string? Error)> Point(long point) =>
        _points.GetOrAdd(point, static (p, points) => new Lazy<(CompiledScenario?, string[], string?)>(() => points.Prepare(p)), this);

    /// <summary>Compiles a grid point's scenario once, for every run of the point; or says why its values make none a sweep can use.</summary>
    private (CompiledScenario?, string[], string?) Prepare(long point)
    {
        var values = plan.Grid.ValuesAt(point);
        try
        {
            var file = plan.ScenarioAt(point);
            if (!columns.Fit(file.Scenario, termsKnown: ReferenceEquals(file.Scenario.Space, Volatile.Read(ref _fitted))))
            {
                return (null, values, "the values at this point change the scenario's terms or negotiators, which a sweep must keep");
            }

            Volatile.Write(ref _fitted, file.Scenario.Space);
            return (file, values, null);
        }
        catch (ScenarioException e)
        {
            return (null, values, OneLine(e.Message));
        }
    }

    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
