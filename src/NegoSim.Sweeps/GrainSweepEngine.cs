using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using NegoSim.Hosting;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using Orleans.Runtime.Placement;

namespace NegoSim.Sweeps;

/// <summary>
/// Plays batches on the silos: each lane has a lane grain, keyed <c>{sweep}/{lane}/…</c> with a key no
/// other client uses, that plays its batches one after another — through its party grains
/// (<paramref name="throughParties"/>, one message a round) or with the model in its own turn. Lanes are placed on the
/// cluster's silos in turn. When a silo is lost, a batch it held is played again on a lane placed on another silo
/// (a silo that just failed is passed over until the cluster has had time to notice it is gone): a run's result
/// depends only on its point and seed, so nothing changes in the file. When no silo is left, or none has answered for
/// <see cref="GiveUpAfter"/>, the sweep stops (<see cref="SweepStoppedException"/>). At the end every lane retires its grains.
/// The silo may still be starting when the engine is made: <see cref="Ready"/> says when it can play.
/// </summary>
public sealed class GrainSweepEngine(Task<SiloConnection> starting, bool throughParties, string? cluster = null, Action<string>? notice = null) : ISweepEngine
{
    public GrainSweepEngine(SiloConnection silo, bool throughParties, string? cluster = null, Action<string>? notice = null)
        : this(Task.FromResult(silo), throughParties, cluster, notice)
    {
    }

    /// <summary>How long a batch may keep failing on every silo before the sweep stops.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    /// <summary>How long a silo that failed is passed over when lanes are placed (membership notices a dead silo within this).</summary>
    private static readonly TimeSpan Suspect = TimeSpan.FromSeconds(60);

    private readonly string _sweep = RunKeys.New();
    // A lane is placed once, by the first of its batches to ask: placed by both of the two batches a lane has in
    // flight, the lane kept whichever grain answered last, and most lanes ended up on one silo (7 of 8, seen).
    private readonly ConcurrentDictionary<int, Lazy<Task<(ILaneGrain Grain, SiloAddress Silo)>>> _lanes = new();
    private readonly ConcurrentDictionary<SiloAddress, long> _failed = new();
    private int _placed;
    private int _noticed;

    public bool PlaysElsewhere => cluster is not null || starting is { IsCompletedSuccessfully: true, Result.IsEmbedded: false };

    public Task Ready => starting;

    /// <summary>The silo, once started (every call that uses it comes after <see cref="Ready"/>).</summary>
    private SiloConnection Silo => starting.Result;

    public async Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        var silo = await starting;

        // An embedded silo borrows the points this process compiled for as long as the batch plays.
        var leases = points.Select(p => silo.Lend(p.Point)).ToList();
        try
        {
            return await PlayAsync(SweepBatch.Request(scenario, points, throughParties, rows, traced), lane);
        }
        finally
        {
            leases.ForEach(lease => lease?.Dispose());
        }
    }

    private async Task<BatchResult> PlayAsync(BatchRequest request, int lane)
    {
        var failing = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            SiloAddress? target = null;
            Lazy<Task<(ILaneGrain Grain, SiloAddress Silo)>>? placing = null;
            try
            {
                // Placing is inside the retry too: the silo a lane is sent to may be the one that just died.
                placing = _lanes.GetOrAdd(lane, l => new(() => PlaceAsync(l)));
                var (grain, placedOn) = await placing.Value;
                target = placedOn;
                return await grain.Play(request);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && !Silo.IsEmbedded)
            {
                // The lane's silo (or the way to it) is gone: pass it over for a while, place the lane afresh (unless
                // its other batch already has), play again.
                if (placing is not null)
                {
                    _lanes.TryRemove(KeyValuePair.Create(lane, placing));
                }

                if (target is not null)
                {
                    _failed[target] = Stopwatch.GetTimestamp();
                }

                if (Interlocked.Exchange(ref _noticed, 1) == 0)
                {
                    notice?.Invoke($"a silo was lost or did not answer ({e.GetType().Name}); the batches it held play again on the others.");
                }

                if (failing.Elapsed > GiveUpAfter)
                {
                    throw new SweepStoppedException($"no silo of the cluster{Where} has played a batch for {GiveUpAfter.TotalSeconds:0} seconds ({e.GetType().Name}: {FirstLine(e.Message)})", e);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << Math.Min(attempt, 5))));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var placing in _lanes.Values)
        {
            if (!placing.IsValueCreated || !placing.Value.IsCompletedSuccessfully)
            {
                continue;
            }

            try
            {
                await placing.Value.Result.Grain.Retire();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && !Silo.IsEmbedded)
            {
                // Its silo is gone, and its grains with it.
            }
        }

        _lanes.Clear();
    }

    private string Where => cluster is null ? "" : $" at {cluster}";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>A new negotiation grain for <paramref name="lane"/>, activated on the next active silo in turn that has not just failed.</summary>
    private async Task<(ILaneGrain, SiloAddress)> PlaceAsync(int lane)
    {
        // Failing to ask (the grain that answers may have been on the lost silo) is retried like a failed batch.
        var active = await Silo.ActiveSilosAsync();
        if (active.Length == 0)
        {
            throw new SweepStoppedException($"the cluster{Where} has no active silo left");
        }

        var trusted = active.Where(s => !_failed.TryGetValue(s, out var at) || Stopwatch.GetElapsedTime(at) > Suspect).ToArray();
        var candidates = trusted.Length > 0 ? trusted : active;
        var target = candidates[Interlocked.Increment(ref _placed) % candidates.Length];
        var grain = Silo.Client.GetGrain<ILaneGrain>($"{_sweep}/{lane}/{RunKeys.New()}");

        // Orleans places an activation on the silo named by this hint when its first call carries it.
        RequestContext.Set(IPlacementDirector.PlacementHintKey, target);
        try
        {
            await grain.Ping();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }

        return (grain, target);
    }
}
