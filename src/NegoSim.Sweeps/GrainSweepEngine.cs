using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using NegoSim.Hosting;
using NegoSim.Model.Scenarios;
using NegoSim.Sweeps.Lanes;
using NegoSim.Sweeps.Rows;
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

    // Completed (and replaced) each time a silo is newly found lost.
    private TaskCompletionSource _lost = NewSignal();
    private int _placed;
    private int _noticed;

    public bool PlaysElsewhere => cluster is not null || starting is { IsCompletedSuccessfully: true, Result.IsEmbedded: false };

    public Task Ready => starting;

    /// <summary>The silo, once started (every call that uses it comes after <see cref="Ready"/>).</summary>
    private SiloConnection Silo => starting.Result;

    public async Task<BatchResult> PlayAsync(ScenarioSource scenario, IReadOnlyList<(CompiledScenario Point, long FirstRun, ImmutableArray<ulong> Seeds)> points, RowRequest? rows, int lane, bool traced = false, SweepFormat? format = null)
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
                return await WatchAsync(grain, request);
            }
            catch (Exception e) when (e is OrleansException or TimeoutException && !Silo.IsEmbedded)
            {
                // The lane's silo (or the way to it) is gone: pass it over for a while and play again, on the grain of
                // a lane placed on a live silo (unless the lane's other batch has moved it already). A new grain would
                // wait until the cluster has declared the silo dead should its directory entry belong there (seconds),
                // and so would asking the management grain where to place one.
                if (target is not null)
                {
                    // News of a silo lost reaches every batch in flight (see WatchAsync).
                    var known = Failed(target);
                    _failed[target] = Stopwatch.GetTimestamp();
                    if (!known)
                    {
                        Interlocked.Exchange(ref _lost, NewSignal()).TrySetResult();
                    }
                }

                if (placing is not null)
                {
                    if (Substitute() is { } other)
                    {
                        _lanes.TryUpdate(lane, new(() => Task.FromResult(other)), placing);
                    }
                    else
                    {
                        _lanes.TryRemove(KeyValuePair.Create(lane, placing));
                    }
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

    /// <summary>
    /// The grain of a lane already placed on a silo that has not failed lately, taken in turn (the lanes of a lost silo
    /// spread over the others), or null if there is none.
    /// </summary>
    private (ILaneGrain Grain, SiloAddress Silo)? Substitute()
    {
        var live = _lanes.Values
            .Where(p => p.IsValueCreated && p.Value.IsCompletedSuccessfully && !Failed(p.Value.Result.Silo))
            .Select(p => p.Value.Result)
            .Distinct()
            .ToList();
        return live.Count == 0 ? null : live[(int)((uint)Interlocked.Increment(ref _placed) % (uint)live.Count)];
    }

    /// <summary>True if <paramref name="silo"/> failed a batch within the last <see cref="Suspect"/>.</summary>
    private bool Failed(SiloAddress silo) => _failed.TryGetValue(silo, out var at) && Stopwatch.GetElapsedTime(at) <= Suspect;

    /// <summary>
    /// Plays a batch on a lane and waits for it. On a cluster, while it plays, the client asks the lane every
    /// <see cref="WatchEvery"/> whether it is still there (a ping the lane answers between turns of the batch):
    /// <see cref="MissesAllowed"/> pings in a row unanswered within <see cref="PingTimeout"/> mean its silo is gone, and
    /// the batch plays again elsewhere at once, where it would otherwise wait out the 15-second answer timeout (a killed
    /// silo answers nothing). And when any silo is lost while the batch plays, the batch is sent to its lane again (at
    /// once, then each <see cref="ResendEvery"/> it stays unanswered, <see cref="MostResends"/> times at most): a batch on
    /// a live silo whose request or answer went through the lost silo's gateway has lost its way (its answer would never
    /// come, while its lane answers every ping); whichever answer comes first is taken.
    /// </summary>
    private async Task<BatchResult> WatchAsync(ILaneGrain grain, BatchRequest request)
    {
        var lost = Volatile.Read(ref _lost).Task;
        var playing = grain.Play(request);
        if (Silo.IsEmbedded)
        {
            return await playing;
        }

        var (missed, resent) = (0, 0);
        Stopwatch? sinceLoss = null;
        while (true)
        {
            var done = await Task.WhenAny(playing, Task.Delay(WatchEvery), lost);
            if (done == playing)
            {
                return await playing;
            }

            // A silo lost while this batch plays: send it again, and again each second it stays unanswered (a copy
            // sent before the client has dropped the dead gateway may go the same way), a few times at most.
            if (done == lost)
            {
                lost = Volatile.Read(ref _lost).Task;
                sinceLoss = Stopwatch.StartNew();
            }

            // (Not a traced batch: its copies would each add a run to its trace.)
            if (sinceLoss is not null && !request.Traced && resent < MostResends && sinceLoss.Elapsed >= resent * ResendEvery)
            {
                resent++;
                playing = FirstAnswer(playing, grain.Play(request));
                continue;
            }

            try
            {
                await grain.Ping().WaitAsync(PingTimeout);
                missed = 0;
            }
            catch (Exception e) when (e is OrleansException or TimeoutException)
            {
                if (++missed >= MissesAllowed)
                {
                    // The batch is played again elsewhere; whatever becomes of this call is of no interest.
                    Forget(playing);
                    throw new TimeoutException($"the lane's silo did not answer {MissesAllowed} pings in a row ({e.GetType().Name})", e);
                }
            }
        }
    }

    /// <summary>The first of two plays of one batch to answer (their rows are the same); fails only if both fail.</summary>
    private static async Task<BatchResult> FirstAnswer(Task<BatchResult> first, Task<BatchResult> second)
    {
        var done = await Task.WhenAny(first, second);
        var other = done == first ? second : first;
        if (done.IsCompletedSuccessfully)
        {
            Forget(other);
            return done.Result;
        }

        Forget(done);
        return await other;
    }

    /// <summary>Observes a call's failure, so that an answer nobody waits for any more is not reported as unobserved.</summary>
    private static void Forget(Task task) =>
        _ = task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How often a client asks a lane whose batch is still playing whether it is there.</summary>
    public static readonly TimeSpan WatchEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a lane has to answer such a ping (a killed silo's lanes are mostly refused at once). Two seconds left one
    /// kill in five waiting 13 s; on a very busy machine a live lane may miss two pings, and its batch then plays twice.
    /// </summary>
    public static readonly TimeSpan PingTimeout = TimeSpan.FromMilliseconds(750);

    /// <summary>How long after a silo's loss a batch still unanswered is sent to its lane again.</summary>
    public static readonly TimeSpan ResendEvery = TimeSpan.FromSeconds(1);

    /// <summary>How often a batch is sent again after a silo's loss, at most.</summary>
    public const int MostResends = 3;

    /// <summary>How many pings in a row a lane may leave unanswered before its silo is taken for gone.</summary>
    public const int MissesAllowed = 2;

    public async ValueTask DisposeAsync()
    {
        // A lane whose silo was lost shares another's grain: each grain retires once.
        var grains = _lanes.Values.Where(p => p.IsValueCreated && p.Value.IsCompletedSuccessfully).Select(p => p.Value.Result.Grain).Distinct().ToList();
        foreach (var grain in grains)
        {
            try
            {
                await grain.Retire();
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

        var trusted = active.Where(s => !Failed(s)).ToArray();
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
