using System.Collections.Immutable;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;

namespace NegoSim.Sweeps;

/// <summary>Plays a sweep's runs, without transcripts: a batch of runs of one or more grid points at a time.</summary>
public interface ISweepEngine : IAsyncDisposable
{
    /// <summary>True if batches play in other processes (the silos of a cluster), leaving this one's cores to the rows.</summary>
    bool PlaysElsewhere { get; }

    /// <summary>
    /// The most grid points one call to <see cref="PlayAsync"/> carries (a lane's chunk of points is played in calls of
    /// at most this many): a call to a grain costs a message, so it carries the whole chunk; a call in this process
    /// costs nothing, and the fewer points a call holds, the sooner the tables of those played are let go.
    /// </summary>
    int PointsPerCall => int.MaxValue;

    /// <summary>Completes when the engine can play (its silo has started); a sweep prepares points meanwhile.</summary>
    Task Ready { get; }

    /// <summary>
    /// Plays each point once per seed, in order, its runs numbered from its first run on; <paramref name="scenario"/>
    /// is the sweep's source (files and <c>--set</c> values), of which each point's is the same with its <c>--vary</c>
    /// values; with <paramref name="rows"/>, the result is the runs' lines of the sweep's output, made where they
    /// play; <paramref name="lane"/> is the lane asking (each lane's batches come one after another); <paramref name="traced"/>:
    /// the batch is one run a sweep traces, whose spans go under the current one; the runs of other batches make none;
    /// <paramref name="format"/>: the sweep's own format of those rows, for an engine that makes them in this process.
    /// </summary>
    Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false, SweepFormat? format = null);
}
